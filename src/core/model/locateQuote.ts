/**
 * Finding a quote in its source, where only runs of white space may differ.
 * A source is normalized once (runs of white space become one space) with a map back to
 * the original offsets, so every quote after that costs one or two indexOf calls.
 */
export interface IndexedText {
  readonly original: string;
  readonly normalized: string;
  /** normalized offset → original offset; one extra entry for the end. */
  readonly toOriginal: Int32Array;
}

export function indexText(original: string): IndexedText {
  const toOriginal = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      parts.push(' ');
    } else {
      inSpace = false;
      parts.push(ch);
    }
    toOriginal[n++] = i;
  }
  toOriginal[n] = original.length;
  return { original, normalized: parts.join(''), toOriginal: toOriginal.subarray(0, n + 1) };
}

export const normalizeSpace = (s: string) => s.replace(/\s+/g, ' ').trim();

export type QuoteLocation =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; count: number };

/** Where the quote is in the original text: found once, missing, or found more than once. */
export function locateQuote(text: IndexedText, quote: string): QuoteLocation {
  const q = normalizeSpace(quote);
  if (!q) return { kind: 'missing' };
  const first = text.normalized.indexOf(q);
  if (first < 0) return { kind: 'missing' };
  const second = text.normalized.indexOf(q, first + 1);
  if (second >= 0) {
    let count = 2;
    for (let at = text.normalized.indexOf(q, second + 1); at >= 0; at = text.normalized.indexOf(q, at + 1)) count++;
    return { kind: 'ambiguous', count };
  }
  const start = text.toOriginal[first]!;
  const lastChar = text.toOriginal[first + q.length - 1]!;
  return { kind: 'found', start, end: lastChar + 1 };
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * The passage of the text most like the quote (Dice similarity of character bigrams over
 * windows of the quote's length, stepped word by word), for "closest:" in error messages.
 * Only runs when a quote is missing, so its cost does not matter at scale.
 */
export function closestPassage(text: IndexedText, quote: string): string {
  const q = normalizeSpace(quote).toLowerCase();
  const hay = text.normalized;
  if (!q || !hay) return '';
  const qGrams = bigrams(q);
  const width = Math.min(q.length, hay.length);
  let best = { score: -1, at: 0 };
  const starts = [0];
  for (let i = 0; i < hay.length; i++) if (hay[i] === ' ') starts.push(i + 1);
  for (const at of starts) {
    const window = hay.slice(at, at + width).toLowerCase();
    const wGrams = bigrams(window);
    let shared = 0;
    for (const [g, c] of wGrams) shared += Math.min(c, qGrams.get(g) ?? 0);
    const score = (2 * shared) / Math.max(1, q.length - 1 + window.length - 1);
    if (score > best.score) best = { score, at };
  }
  // Finish the last word, so the passage reads as text rather than a cut.
  let end = best.at + width;
  while (end < hay.length && hay[end] !== ' ') end++;
  return hay.slice(best.at, end).trim();
}
