import type { Problem } from './timeline';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * A text without the byte-order mark an editor may put first (Windows Notepad does): what a
 * browser's decoding does for text it fetches, done for text read from disk too.
 */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** JSON.parse that says where the text broke, as line and column, instead of throwing. */
export function parseJson(raw: string, name: string): JsonResult {
  const text = withoutBom(raw);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    } else if (/end of JSON input/i.test(message)) {
      where = ' (the file ends too early: is it truncated?)';
    }
    return {
      ok: false,
      problem: { severity: 'error', path: name, message: `not valid JSON${where}: ${message}` },
    };
  }
}
