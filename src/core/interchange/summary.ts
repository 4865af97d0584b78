/**
 * Summaries carry claim markers: every sentence ends with the 1-based indexes of the
 * citations it rests on ("One claim.[1] Another claim.[1][2]"). Imported text knows nothing
 * of them, so this is the one place that writes them; an uncited event's summary has none.
 */

const MARKER = /\[(\d+)\]/g;
const TRAILING_MARKERS = /(\[\d+\])+$/;

/** The summary with every claim marker taken out and white space tidied. */
export function stripMarkers(text: string): string {
  return text
    .replace(/\s*(\[\d+\])+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a text, trimmed (Intl's sentence rules, so "Dr. Who" may split). */
export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

/** True when every sentence already ends with markers, each naming one of `count` citations. */
function alreadyMarked(text: string, count: number): boolean {
  const all = [...text.matchAll(MARKER)].map((m) => Number(m[1]));
  if (all.length === 0 || all.some((n) => n < 1 || n > count)) return false;
  // Split after each run of markers: that is where a claim ends.
  const claims = text.split(/(?<=\])\s+(?=[^[])/).map((s) => s.trim());
  return claims.every((c) => TRAILING_MARKERS.test(c));
}

/**
 * A summary for an event with `count` citations. Text that already ends each sentence with
 * valid markers (an export of ours coming back) is kept as it is; otherwise each sentence is
 * given the markers of every citation, since imported text does not say which passage
 * supports which sentence. With no citations, markers are removed.
 */
export function summaryWithMarkers(text: string, count: number): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  if (count === 0) return stripMarkers(tidy);
  if (alreadyMarked(tidy, count)) return tidy;
  const markers = Array.from({ length: count }, (_, i) => `[${i + 1}]`).join('');
  return sentences(stripMarkers(tidy))
    .map((s) => `${/[.!?…]["”’)\]]*$/.test(s) ? s : `${s}.`}${markers}`)
    .join(' ');
}
