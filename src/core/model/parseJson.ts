import type { Problem } from './timeline';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** JSON.parse that says where the text broke, as line and column, instead of throwing. */
export function parseJson(text: string, name: string): JsonResult {
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
