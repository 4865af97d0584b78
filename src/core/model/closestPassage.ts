import { normalizeSpace, type IndexedText } from './locateQuote';

/**
 * Distinct missing quotes per source that get a closest passage. Past that many the text is
 * most likely the wrong file, and each search is a pass over the whole text: a 100,000-event
 * dataset pointed at the wrong file must still validate in seconds, not hours.
 */
export const CLOSEST_LIMIT = 200;

const key = (s: string, i: number) => s.charCodeAt(i) * 65_536 + s.charCodeAt(i + 1);

function counts(s: string): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(key(s, i), (m.get(key(s, i)) ?? 0) + 1);
  return m;
}

/**
 * The passage of the text most like the quote (Dice similarity of character bigrams over
 * windows of the quote's length, stepped word by word), for "closest:" in error messages.
 * The window slides: each step adds the bigrams that enter it and drops those that leave,
 * so a search costs one pass over the text whatever the quote's length.
 */
export function closestPassage(text: IndexedText, quote: string): string {
  const q = normalizeSpace(quote).toLowerCase();
  const hay = text.normalized;
  if (!q || !hay) return '';
  const lower = (text.lower ??= hay.toLowerCase());
  // Lower-casing that changes a length (rare letters) would shift the windows: go slowly.
  if (lower.length !== hay.length) return closestPassageSlowly(text, quote);
  const want = counts(q);
  const have = new Map<number, number>();
  const width = Math.min(q.length, hay.length);
  let shared = 0;
  const add = (i: number) => {
    const k = key(lower, i);
    const n = have.get(k) ?? 0;
    if (n < (want.get(k) ?? 0)) shared++;
    have.set(k, n + 1);
  };
  const drop = (i: number) => {
    const k = key(lower, i);
    const n = have.get(k)! - 1;
    have.set(k, n);
    if (n < (want.get(k) ?? 0)) shared--;
  };
  // The window [at, at + width) holds the bigrams starting in [at, end).
  let from = 0;
  let to = 0;
  let best = { score: -1, at: 0 };
  for (let at = 0; at <= hay.length; at++) {
    if (at > 0 && hay.charCodeAt(at - 1) !== 32) continue;
    const size = Math.min(width, hay.length - at);
    const end = Math.max(at, at + size - 1);
    for (let i = from; i < Math.min(at, to); i++) drop(i);
    for (let i = Math.max(at, to); i < end; i++) add(i);
    from = at;
    to = end;
    const score = (2 * shared) / Math.max(1, q.length - 1 + size - 1);
    if (score > best.score) best = { score, at };
  }
  return finishWord(hay, best.at, width);
}

/** Finish the last word, so the passage reads as text rather than a cut. */
function finishWord(hay: string, at: number, width: number) {
  let end = at + width;
  while (end < hay.length && hay[end] !== ' ') end++;
  return hay.slice(at, end).trim();
}

/** The same search, a window at a time (for texts whose lower case has another length). */
export function closestPassageSlowly(text: IndexedText, quote: string): string {
  const q = normalizeSpace(quote).toLowerCase();
  const hay = text.normalized;
  if (!q || !hay) return '';
  const want = counts(q);
  const width = Math.min(q.length, hay.length);
  let best = { score: -1, at: 0 };
  for (let at = 0; at <= hay.length; at++) {
    if (at > 0 && hay.charCodeAt(at - 1) !== 32) continue;
    const candidate = hay.slice(at, at + width).toLowerCase();
    let shared = 0;
    for (const [g, c] of counts(candidate)) shared += Math.min(c, want.get(g) ?? 0);
    const score = (2 * shared) / Math.max(1, q.length - 1 + candidate.length - 1);
    if (score > best.score) best = { score, at };
  }
  return finishWord(hay, best.at, width);
}

/**
 * The closest passage for a missing quote, once per distinct quote, and null once the
 * source has had CLOSEST_LIMIT of them.
 */
export function closestFor(text: IndexedText, quote: string): string | null {
  const found = (text.closest ??= new Map());
  const known = found.get(quote);
  if (known !== undefined) return known;
  if (found.size >= CLOSEST_LIMIT) return null;
  const passage = closestPassage(text, quote);
  found.set(quote, passage);
  return passage;
}
