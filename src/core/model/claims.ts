/**
 * Claims: a summary cut into sentences, each with the citation markers `[n]` it ends with.
 * Pure (no DOM); the validator, the app's summaries, the review sheet and the curator's desk
 * all read summaries through it, so they agree on where a sentence ends.
 *
 * A sentence ends at `.`, `!` or `?` (or a run of them, or `…`), then any closing quote marks,
 * closing brackets and markers, when what follows is the end of the text, or white space and a
 * capital letter (or a letter of a script without case) or an opening quote mark. A single `.`
 * after an abbreviation ("U.S.", "a.m.", "e.g.", an initial as in "Sergei A. Ryabkov", a title
 * as in "Mr.") does not end a sentence. A marker after the closing punctuation always does
 * (when white space follows): markers are the curator's own word that a claim ends there.
 */

/** A citation marker `[n]` in a summary: n as written (citations count from 1), and where it is. */
export interface ClaimMarker {
  readonly n: number;
  readonly start: number;
  readonly end: number;
}

/** One sentence of a summary. */
export interface Claim {
  /** Where the sentence is in the summary, its markers included, white space around it not. */
  readonly start: number;
  readonly end: number;
  /** The sentence as a reader reads it: its markers (and the white space before them) taken out. */
  readonly text: string;
  /** Every marker inside the sentence, in order (well-formed data has them all at the end). */
  readonly markers: readonly ClaimMarker[];
  /** True when the sentence ends with a marker: after its closing punctuation and quote marks. */
  readonly cited: boolean;
}

/** A run of a sentence as it is shown: text, or a marker standing for citation n. */
export type ClaimPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'marker'; readonly n: number };

const MARKER = /\[(\d+)\]/y;
const MARKERS = /\s*\[\d+\]/g;
const ANY_MARKER = /\[(\d+)\]/g;
const TERMINATORS = '.!?…';
const NEXT_TERMINATOR = /[.!?…]/g;
/** Quote marks and brackets that may close a sentence after its full stop. */
const CLOSERS = '"\'”’»›)';
/** Quote marks (and Spanish opening marks) that may open the next sentence. */
const OPENERS = '"\'“‘«‹„¿¡';
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{Lo}]/u;
const SPACE = /\s/;
const LETTER = /\p{L}/u;
/** Letters and dots: "U.S", "e.g", "a.m", "A" (an initial). */
const DOTTED = /^(?:\p{L}\.)+$/u;
/** Words that take a full stop and rarely end a sentence. */
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mme',
  'Mlle',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Adm',
  'Sgt',
  'Sen',
  'Rep',
  'Gov',
  'Amb',
  'Pres',
  'Rev',
  'Hon',
  'St',
  'Mt',
  'Jr',
  'Sr',
  'No',
  'Nos',
  'vs',
  'cf',
  'ca',
  'approx',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);

/** The end of a marker starting at `at` (white space before it allowed), or -1. */
function markerEnd(s: string, at: number): number {
  let k = at;
  while (k < s.length && SPACE.test(s[k]!)) k++;
  MARKER.lastIndex = k;
  return MARKER.test(s) ? MARKER.lastIndex : -1;
}

const skipSpace = (s: string, at: number) => {
  let k = at;
  while (k < s.length && SPACE.test(s[k]!)) k++;
  return k;
};

/** Whether the full stop at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(s: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && (LETTER.test(s[k - 1]!) || s[k - 1] === '.')) k--;
  const word = s.slice(k, dot);
  return word !== '' && (DOTTED.test(`${word}.`) || TITLES.has(word));
}

function claimAt(s: string, start: number, end: number): Claim {
  const markers: ClaimMarker[] = [];
  ANY_MARKER.lastIndex = start;
  for (let m = ANY_MARKER.exec(s); m && ANY_MARKER.lastIndex <= end; m = ANY_MARKER.exec(s))
    markers.push({ n: Number(m[1]), start: m.index, end: ANY_MARKER.lastIndex });
  // Cited: a marker is the last thing but white space and closing quote marks.
  let k = end;
  while (k > start && (SPACE.test(s[k - 1]!) || CLOSERS.includes(s[k - 1]!))) k--;
  const cited = markers.length > 0 && markers[markers.length - 1]!.end === k;
  const text = s.slice(start, end).replace(MARKERS, '').trim();
  return { start, end, text, markers, cited };
}

/** Cuts a summary into its sentences, in order; white space alone gives none. */
export function splitClaims(summary: string): Claim[] {
  const s = summary;
  const claims: Claim[] = [];
  let start = skipSpace(s, 0);
  let i = start;
  while (i < s.length) {
    // Jump to the next full stop, "!", "?" or "…" (a regex scan beats a loop over characters).
    NEXT_TERMINATOR.lastIndex = i;
    if (!NEXT_TERMINATOR.test(s)) break;
    i = NEXT_TERMINATOR.lastIndex - 1;
    let j = i;
    while (j < s.length && TERMINATORS.includes(s[j]!)) j++;
    // The tail: closing quote marks and markers, in any order ("no."[1] or "no.[1]").
    let k = j;
    let marked = false;
    for (;;) {
      if (k < s.length && CLOSERS.includes(s[k]!)) {
        k++;
        continue;
      }
      const m = markerEnd(s, k);
      if (m < 0) break;
      k = m;
      marked = true;
    }
    const next = skipSpace(s, k);
    const ends =
      next === s.length ||
      (next > k &&
        (marked ||
          ((SENTENCE_START.test(s[next]!) || OPENERS.includes(s[next]!)) &&
            !(j - i === 1 && s[i] === '.' && isAbbreviation(s, i)))));
    if (ends) {
      claims.push(claimAt(s, start, k));
      start = next;
      i = next;
    } else {
      i = j;
    }
  }
  if (start < s.length) {
    let end = s.length;
    while (end > start && SPACE.test(s[end - 1]!)) end--;
    claims.push(claimAt(s, start, end));
  }
  return claims;
}

export { stripMarkers } from './stripMarkers';

/**
 * A sentence as runs of text and markers, in order, for rendering: the white space before a
 * marker is dropped (the marker sits against its sentence), the white space between is kept.
 */
export function claimParts(summary: string, claim: Claim): ClaimPart[] {
  const parts: ClaimPart[] = [];
  let at = claim.start;
  for (const m of claim.markers) {
    const text = summary.slice(at, m.start).trimEnd();
    if (text) parts.push({ kind: 'text', text });
    parts.push({ kind: 'marker', n: m.n });
    at = m.end;
  }
  const rest = summary.slice(at, claim.end);
  if (rest.trim()) parts.push({ kind: 'text', text: rest });
  return parts;
}
