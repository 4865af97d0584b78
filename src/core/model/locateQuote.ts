/**
 * Finding a quote in its source, where only runs of white space (and the spelling of accented
 * letters in Unicode) may differ.
 * A source is normalized once (runs of white space become one space) with a map back to
 * the original offsets, so every quote after that costs one or two indexOf calls.
 */
export interface IndexedText {
  readonly original: string;
  readonly normalized: string;
  /** normalized offset → original offset; one extra entry for the end. */
  readonly toOriginal: Int32Array;
  /** Built on first use: the K-gram at every word start, hashed, for lookups in O(1). */
  grams?: GramIndex;
  /** Quotes already looked up: events often cite the same passage. */
  seen?: Map<string, QuoteLocation>;
  /** Closest passages already found for missing quotes (see closestPassage.ts). */
  closest?: Map<string, string>;
  /** The text lower-cased, for closest passages. */
  lower?: string;
}

/**
 * A hash table of the K-gram at every word start: `heads[hash & mask]` is the first entry of
 * its chain, `next` links the chain, in text order.
 */
interface GramIndex {
  readonly heads: Int32Array;
  readonly next: Int32Array;
  readonly hashes: Int32Array;
  readonly positions: Int32Array;
  readonly mask: number;
}

/** Characters hashed per index key. */
const K = 24;
const BASE = 31;

function gramHash(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + K; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h >>> 1;
}

/**
 * The hash of the K characters at every word start (after a space) of the normalized text.
 * Any occurrence of a quote that contains a space puts the word after that space on a word
 * start of the text, so looking that word up finds every occurrence, wherever the quote
 * itself begins: exact, and a seventh the size of an index of every position. Built in one
 * pass, no sort: the text's last word starts go in first, so each chain runs in text order.
 */
function buildGrams(norm: string): GramIndex {
  let count = 0;
  for (let i = 1; i + K <= norm.length; i++) if (norm.charCodeAt(i - 1) === 32) count++;
  let size = 16;
  while (size < count * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(count);
  const hashes = new Int32Array(count);
  const positions = new Int32Array(count);
  const mask = size - 1;
  for (let i = norm.length - K, e = count - 1; i >= 1; i--) {
    if (norm.charCodeAt(i - 1) !== 32) continue;
    const h = gramHash(norm, i);
    hashes[e] = h;
    positions[e] = i;
    next[e] = heads[h & mask]!;
    heads[h & mask] = e--;
  }
  return { heads, next, hashes, positions, mask };
}

function scan(norm: string, q: string, limit: number): number[] {
  const out: number[] = [];
  for (let at = norm.indexOf(q); at >= 0 && out.length < limit; at = norm.indexOf(q, at + 1))
    out.push(at);
  return out;
}

/** Offsets where q occurs in the normalized text, at most `limit` of them, in text order. */
function occurrences(text: IndexedText, q: string, limit: number): number[] {
  const norm = text.normalized;
  // The first word start inside the quote with K characters after it.
  const j = q.indexOf(' ') + 1;
  if (j === 0 || j + K > q.length || norm.length < 4096) return scan(norm, q, limit);
  const g = (text.grams ??= buildGrams(norm));
  const h = gramHash(q, j);
  const out: number[] = [];
  for (let e = g.heads[h & g.mask]!; e >= 0 && out.length < limit; e = g.next[e]!) {
    if (g.hashes[e] !== h) continue;
    const at = g.positions[e]! - j;
    if (at >= 0 && norm.startsWith(q, at)) out.push(at);
  }
  return out;
}

export function indexText(original: string): IndexedText {
  const toOriginal = new Int32Array(original.length + 1);
  // Code units into a typed array, decoded once: no string per character.
  const codes = new Uint16Array(original.length);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isSpace(c)) {
      if (inSpace) continue;
      inSpace = true;
      codes[n] = 32;
    } else {
      inSpace = false;
      codes[n] = c;
    }
    toOriginal[n++] = i;
  }
  toOriginal[n] = original.length;
  return {
    original,
    normalized: decodeUtf16(codes.subarray(0, n)),
    toOriginal: toOriginal.subarray(0, n + 1),
  };
}

function decodeUtf16(codes: Uint16Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-16le').decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

// Most quotes are already single-spaced; test before rebuilding the string.
const SPACE_RUNS =
  /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^\s|\s$/;
export const normalizeSpace = (s: string) =>
  SPACE_RUNS.test(s) ? s.replace(/\s+/g, ' ').trim() : s;

// The characters \s matches, without a regex per character.
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export type QuoteLocation =
  | { kind: 'found'; start: number; end: number; range: readonly [number, number] }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; count: number };

/** Where the quote is in the original text: found once, missing, or found more than once. */
export function locateQuote(text: IndexedText, quote: string): QuoteLocation {
  const seen = (text.seen ??= new Map());
  let found = seen.get(quote);
  if (!found) {
    found = locate(text, quote);
    seen.set(quote, found);
  }
  return found;
}

// Unicode's two spellings of an accented letter: "é" as one code point, or "e" and a combining
// accent. A quote typed or pasted in the other spelling than its source's looks the same and is
// the same text, so it is looked for in both.
const SPELLINGS = ['NFC', 'NFD'] as const;

function locate(text: IndexedText, quote: string): QuoteLocation {
  let q = normalizeSpace(quote);
  if (!q) return { kind: 'missing' };
  let found = occurrences(text, q, 1000);
  for (let i = 0; found.length === 0 && i < SPELLINGS.length; i++) {
    const other = q.normalize(SPELLINGS[i]);
    if (other === q) continue;
    found = occurrences(text, other, 1000);
    q = found.length > 0 ? other : q;
  }
  if (found.length === 0) return { kind: 'missing' };
  if (found.length > 1) return { kind: 'ambiguous', count: found.length };
  const first = found[0]!;
  const start = text.toOriginal[first]!;
  const lastChar = text.toOriginal[first + q.length - 1]!;
  return { kind: 'found', start, end: lastChar + 1, range: [start, lastChar + 1] };
}
