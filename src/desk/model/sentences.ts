/**
 * The summary's sentences and their claim markers (`One claim.[1] Another.[1][2]`), for
 * inserting a marker where the caret is. The validator owns the rule; this reads the same
 * syntax: a sentence ends at ".", "!" or "?" (closing quotes may follow), then its markers,
 * then white space and a capital, a quote mark or a digit, or the end of the text.
 */
export interface Sentence {
  /** [start, end) of the whole sentence, its markers included, trailing space excluded. */
  readonly start: number;
  readonly end: number;
  /** Where the sentence's words end: its markers start here. */
  readonly textEnd: number;
  /** The markers after it, 1-based citation numbers in order. */
  readonly markers: readonly number[];
  /** Whether it ends with closing punctuation. */
  readonly closed: boolean;
}

// "U.S." "a.m." "p.m." "e.g." (letter-dot pairs) and titles before a name never end a sentence.
const ABBREVIATION = /(?:\b(?:\p{L}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|No|vs|etc)\.)$/u;
const MARKERS = /^(?:\[\d+\])+/;
const CLOSE = /^[.!?]+["'”’»)]*/;

export function splitSentences(summary: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(summary, 0);
  let i = start;
  while (i < summary.length) {
    const close = CLOSE.exec(summary.slice(i));
    const marks = close ? null : MARKERS.exec(summary.slice(i));
    if (!close && !marks) {
      i++;
      continue;
    }
    const textEnd = close ? i + close[0].length : i;
    const after = MARKERS.exec(summary.slice(textEnd));
    const end = textEnd + (after ? after[0].length : 0);
    const next = summary.slice(end);
    const boundary = next.trim() === '' || /^\s+["'“‘«(\p{Lu}\p{N}]/u.test(next);
    const abbreviation = close && !after && ABBREVIATION.test(summary.slice(start, textEnd));
    if (!boundary || abbreviation) {
      i = end > i ? end : i + 1;
      continue;
    }
    out.push({
      start,
      end,
      textEnd,
      markers: after ? [...after[0].matchAll(/\d+/g)].map((m) => Number(m[0])) : [],
      closed: close !== null,
    });
    start = skipSpace(summary, end);
    i = start;
  }
  if (start < summary.length) {
    const end = summary.trimEnd().length;
    if (end > start) out.push({ start, end, textEnd: end, markers: [], closed: false });
  }
  return out;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

/** The result of an edit of the summary: its new text and where the caret goes. */
export interface SummaryEdit {
  readonly summary: string;
  readonly caret: number;
}

/**
 * Puts marker `[n]` after the sentence the caret is in (after its closing punctuation and
 * any markers it has, in number order), adding a full stop if the sentence has none yet.
 * A marker the sentence already has is not added twice. The caret goes after the markers.
 */
export function insertMarker(summary: string, caret: number, n: number): SummaryEdit {
  const sentences = splitSentences(summary);
  const at = Math.max(0, Math.min(caret, summary.length));
  // The sentence the caret is in; at a boundary, the one that just ended.
  const s =
    sentences.find((x) => at >= x.start && at <= x.end) ??
    [...sentences].reverse().find((x) => x.end <= at) ??
    sentences[0];
  if (!s) {
    const marker = `[${n}]`;
    return { summary: marker, caret: marker.length };
  }
  const numbers = [...new Set([...s.markers, n])].sort((a, b) => a - b);
  const stop = s.closed ? '' : '.';
  const group = numbers.map((k) => `[${k}]`).join('');
  const text = summary.slice(0, s.textEnd) + stop + group + summary.slice(s.end);
  return { summary: text, caret: s.textEnd + stop.length + group.length };
}

/**
 * The summary after citation `n` (1-based) is removed: its markers go, and markers of the
 * citations after it count down by one, so every marker still points at the same passage.
 */
export function removeMarker(summary: string, n: number): string {
  return summary.replace(/\[(\d+)\]/g, (m, d: string) => {
    const k = Number(d);
    return k === n ? '' : k > n ? `[${k - 1}]` : m;
  });
}
