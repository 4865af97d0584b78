import { splitClaims, type Claim } from '../claims';
import { clip } from './problems';

const WORD = /[\p{L}\p{N}]/u;

/** What an unmarked sentence should end with, for a message. */
const remedy = (count: number) =>
  count === 0
    ? 'this event has no citations: add the ones it rests on, or mark it "status": "uncited"'
    : count === 1
      ? 'end it with [1], the marker of the citation it rests on'
      : `end it with the markers of the citations it rests on, from [1] to [${count}]`;

/**
 * The marker rule: each sentence of the summary ends with markers `[n]` naming the citations
 * it rests on. A sentence with none, or a marker past the last citation, is an error (at
 * `.summary`, with the sentence quoted); a citation no marker names is a warning (at the
 * citation). Uncited drafts are exempt: they have no passages to point at yet. Gives the
 * sentences it read (none for a draft), for the checks that read them next.
 */
export function checkClaims(
  event: {
    readonly summary: string;
    readonly citations: readonly unknown[];
    readonly status?: string;
  },
  err: (path: string, message: string) => void,
  warn: (path: string, message: string) => void,
): readonly Claim[] {
  if (event.status === 'uncited') return [];
  const count = event.citations.length;
  const used = new Set<number>();
  const claims = splitClaims(event.summary);
  claims.forEach((claim, i) => {
    const k = i + 1;
    const written = `"${clip(event.summary.slice(claim.start, claim.end), 120)}"`;
    if (!WORD.test(claim.text)) {
      err(
        '.summary',
        `sentence ${k} is only markers, ${written}: a marker follows the sentence it supports`,
      );
    } else if (!claim.cited) {
      err(
        '.summary',
        claim.markers.length > 0
          ? `sentence ${k} does not end with its markers: ${written}; they go after its closing punctuation, as in "….[1]"`
          : `sentence ${k} has no citation marker: ${written}; ${remedy(count)}`,
      );
    }
    for (const m of claim.markers) {
      const marker = event.summary.slice(m.start, m.end);
      if (m.n === 0)
        err(
          '.summary',
          `sentence ${k}: marker ${marker} in ${written}; markers count citations from [1]`,
        );
      else if (m.n > count)
        err(
          '.summary',
          `sentence ${k}: marker ${clip(marker, 12)} in ${written} points past the last citation; ${
            count === 1 ? 'this event has one citation' : `this event has ${count} citations`
          }`,
        );
      else used.add(m.n);
    }
  });
  // A summary with no markers at all has an error on each sentence already: no need to add
  // that every citation is unused.
  if (claims.length > 0 && claims.every((c) => c.markers.length === 0)) return claims;
  for (let n = 1; n <= count; n++) {
    if (!used.has(n))
      warn(`.citations[${n - 1}]`, `no sentence of the summary cites it (no marker [${n}])`);
  }
  return claims;
}
