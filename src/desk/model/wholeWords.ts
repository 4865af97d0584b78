const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * A selection [start, end) of `text`, grown to whole words (a word cut by either end is
 * taken whole) and trimmed of white space at both ends. Null when nothing but white space
 * is selected.
 */
export function wholeWords(text: string, start: number, end: number): [number, number] | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a >= b) return null;
  while (a > 0 && isWord(text[a - 1]) && isWord(text[a])) a--;
  while (b < text.length && isWord(text[b]) && isWord(text[b - 1])) b++;
  return [a, b];
}

/** Where the word before `at` starts (skipping white space first). */
export function previousWordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text[i - 1])) i--;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

/** Where the word after `at` ends (skipping white space first). */
export function nextWordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text[i])) i++;
  while (i < text.length && !isSpace(text[i])) i++;
  return i;
}
