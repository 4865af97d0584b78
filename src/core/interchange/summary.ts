/**
 * Summaries carry claim markers: every sentence ends with the 1-based indexes of the
 * citations it rests on ("One claim.[1] Another claim.[1][2]"). Imported text knows nothing
 * of them, so this is the one place that writes them; an uncited event's summary has none.
 * Sentences are cut by core/model/claims, the same splitter the validator checks them with.
 */
import { splitClaims, stripMarkers as strip } from '../model/claims';

/** The summary with every claim marker taken out and white space tidied. */
export const stripMarkers = (text: string): string => strip(text).replace(/\s+/g, ' ');

/** True when every sentence already ends with markers, each naming one of `count` citations. */
function alreadyMarked(text: string, count: number): boolean {
  const claims = splitClaims(text);
  return (
    claims.length > 0 &&
    claims.every((c) => c.cited && c.markers.every((m) => m.n >= 1 && m.n <= count))
  );
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
  return splitClaims(stripMarkers(tidy))
    .map((c) => c.text.trim())
    .filter(Boolean)
    .map((s) => `${/[.!?…]["'”’»›)]*$/.test(s) ? s : `${s}.`}${markers}`)
    .join(' ');
}
