import type { Problem } from './timeline';
import { withoutBom } from './withoutBom';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** JSON.parse that says where the text broke, as line and column, instead of throwing. */
export function parseJson(raw: string, name: string): JsonResult {
  const text = withoutBom(raw);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const at = pos ? Number(pos[1]) : unexpectedTokenAt(text, message);
    let where = '';
    if (at !== null) {
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}${hint(text, at)}`;
    } else if (/end of JSON input/i.test(message)) {
      where = ' (the file ends too early: is it truncated?)';
    }
    return {
      ok: false,
      problem: { severity: 'error', path: name, message: `not valid JSON${where}: ${message}` },
    };
  }
}

/**
 * Where V8's "Unexpected token" message (which gives no position) puts the token: it quotes
 * up to 10 characters either side of it, with "..." where it cut the text. Null if the
 * quoted text is not found.
 */
function unexpectedTokenAt(text: string, message: string): number | null {
  const m = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/u.exec(
    message,
  );
  if (!m) return null;
  const [token, cutBefore, context, cutAfter] = [m[1]!, m[2], m[3]!, m[4]];
  const found = text.indexOf(context);
  if (found < 0) return null;
  if (cutBefore) return found + 10;
  if (cutAfter) return found + context.length - 11;
  const k = context.indexOf(token);
  return k < 0 ? null : found + k;
}

/** The two slips V8's messages word least plainly, named: a trailing comma, single quotes. */
function hint(text: string, at: number): string {
  const c = text[at];
  if ((c === ']' || c === '}') && /,\s*$/u.test(text.slice(Math.max(0, at - 200), at)))
    return ' (a comma before a closing bracket: JSON allows none after the last item)';
  if (c === "'") return ' (JSON strings and names take double quotes, "like this")';
  return '';
}
