import { splitClaims } from '../../core';

/**
 * Claim markers put into a summary by the desk. Where a sentence ends is read with the
 * project's own `splitClaims` (the validator's rule), so a marker the desk adds is where the
 * validator looks for it.
 */

/** The result of an edit of the summary: its new text and where the caret goes. */
export interface SummaryEdit {
  readonly summary: string;
  readonly caret: number;
}

const TERMINATOR = /[.!?…]["'”’»›)]*$/;

/**
 * Puts marker `[n]` after the sentence the caret is in (after its closing punctuation and
 * the markers it has, in number order), adding a full stop if the sentence has none yet.
 * A marker the sentence already has is not added twice. The caret goes after the markers.
 */
export function insertMarker(summary: string, caret: number, n: number): SummaryEdit {
  const claims = splitClaims(summary);
  const at = Math.max(0, Math.min(caret, summary.length));
  // The sentence the caret is in; between two, the one that just ended.
  const c =
    claims.find((x) => at >= x.start && at <= x.end) ??
    [...claims].reverse().find((x) => x.end <= at) ??
    claims[0];
  if (!c) {
    const marker = `[${n}]`;
    return { summary: marker, caret: marker.length };
  }
  // Markers at the sentence's end (after its words), and where its words end.
  let textEnd = c.end;
  const trailing: number[] = [];
  for (let k = c.markers.length - 1; k >= 0; k--) {
    const m = c.markers[k]!;
    if (m.end !== textEnd) break;
    trailing.unshift(m.n);
    textEnd = m.start;
  }
  while (textEnd > c.start && /\s/.test(summary[textEnd - 1]!)) textEnd--;
  const stop = TERMINATOR.test(summary.slice(c.start, textEnd)) ? '' : '.';
  const group = [...new Set([...trailing, n])]
    .sort((a, b) => a - b)
    .map((k) => `[${k}]`)
    .join('');
  const text = summary.slice(0, textEnd) + stop + group + summary.slice(c.end);
  return { summary: text, caret: textEnd + stop.length + group.length };
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
