/**
 * A label broken into lines that fit a width, as pure text layout with the measurer passed
 * in (canvas in the browser, an estimate in Node). Lines break at spaces; a word wider than
 * a line is broken between characters. When the text needs more lines than allowed, the
 * last line ends at a word with "…": a label is elided, never cut mid-word by its frame.
 */
export interface WrappedLabel {
  /** The lines, each (but the last) keeping the space it broke at, so they join to the text. */
  readonly lines: readonly string[];
  /** The widest line, px. */
  readonly width: number;
  /** True when text was left out. */
  readonly elided: boolean;
}

const ELLIPSIS = '…';

export function wrapLabel(
  text: string,
  width: number,
  measure: (s: string) => number,
  maxLines = 2,
): WrappedLabel {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      i++;
      continue;
    }
    if (line) {
      lines.push(`${line} `);
      line = '';
      continue;
    }
    // One word wider than the line: as many characters as fit, the rest on the next line.
    const n = fitChars(word, width, measure);
    if (n === 0) break; // narrower than one character: show nothing
    lines.push(word.slice(0, n));
    words[i] = word.slice(n);
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    line = '';
  }
  const elided = i < words.length || line !== '';
  if (elided && lines.length) lines[lines.length - 1] = withEllipsis(lines.at(-1)!, width, measure);
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  const trimmed = lines.map((l) => l.trimEnd());
  return { lines, width: Math.max(0, ...trimmed.map(measure)), elided };
}

/** The line shortened to whole words (or, if one word is too long, characters) and "…". */
function withEllipsis(line: string, width: number, measure: (s: string) => number): string {
  let words = line.trimEnd().split(' ');
  while (words.length > 1 && measure(words.join(' ') + ELLIPSIS) > width)
    words = words.slice(0, -1);
  const kept = words.join(' ');
  if (measure(kept + ELLIPSIS) <= width) return kept + ELLIPSIS;
  // No room even for the ellipsis: nothing rather than something cut.
  if (measure(ELLIPSIS) > width) return '';
  return kept.slice(0, fitChars(kept, width - measure(ELLIPSIS), measure)) + ELLIPSIS;
}

/** How many leading characters of a word fit in a width (binary search). */
function fitChars(word: string, width: number, measure: (s: string) => number): number {
  let lo = 0;
  let hi = word.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(word.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * wrapLabel with a memory: the same title at the same width is laid out once, however many
 * frames show it. The width is rounded down to whole pixels for the key.
 */
export function createLabelWrapper(measure: (s: string) => number, maxLines = 2) {
  const cache = new Map<string, WrappedLabel>();
  return (text: string, width: number): WrappedLabel => {
    const w = Math.floor(width);
    const key = `${w}\u0000${text}`;
    let out = cache.get(key);
    if (!out) {
      if (cache.size > 20_000) cache.clear();
      out = wrapLabel(text, w, measure, maxLines);
      cache.set(key, out);
    }
    return out;
  };
}
