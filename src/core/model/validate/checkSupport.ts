import type { Claim } from '../claims';
import { calendarSlips, MAY_NAME_DATES } from './calendarClaims';
import { numberWordsIn } from './numberWords';
import { clip } from './problems';

/** What this check needs of an event. */
export interface SupportedEvent {
  readonly summary: string;
  readonly citations: readonly { readonly source: string; readonly quote: string }[];
  readonly start: string;
  readonly end?: string;
  readonly dateNote?: string;
  readonly status?: string;
}

/**
 * What a sentence of a summary states that its passages can be checked for by machine: every
 * number it gives (in figures or as an English word: "seven", "100,000") is in one of the
 * passages the sentence cites (in figures, English words, or the number words of the
 * source's `language`: "huit" in French), in the event's own dates and date note (where a curator
 * resolves "on Monday" to a day), or in the date a cited source was published ("the report
 * of 10 January"); every phrase it puts in double quotation marks is in one of those
 * passages, word for word. A sentence that says "eight hours" over a passage that says
 * "seven hours" is a warning at `.summary`, naming the sentence and what is missing.
 * The rest of what a sentence says (who said it, whether they said "not") is the reviewer's
 * to check in the review sheet; this catches the slips a reader of the summary cannot see.
 * `claims`: the summary's sentences (splitClaims); `source`: a cited source's `published`
 * date and `language`.
 */
export function checkSupport(
  event: SupportedEvent,
  claims: readonly Claim[],
  source: (id: string) => { readonly published?: string; readonly language?: string } | undefined,
  warn: (path: string, message: string) => void,
): void {
  if (event.status === 'uncited' || event.citations.length === 0) return;
  // Most summaries give no number, date or quotation: nothing to look up.
  if (!MAY_STATE.test(event.summary) && !MAY_NAME_DATES.test(event.summary)) return;
  let dated: ReadonlyMap<string, string> | undefined;
  // A passage in another language gives a number in its own words ("huit" for "eight").
  const inOwnWords = (c: { source: string; quote: string }, n: string) =>
    numberWordsIn(c.quote, source(c.source)?.language).has(n);
  claims.forEach((claim, i) => {
    const stated = numbersIn(claim.text);
    const phrases = QUOTE_MARK.test(claim.text) ? quotedPhrases(claim.text) : [];
    const names = MAY_NAME_DATES.test(claim.text);
    if (stated.size === 0 && phrases.length === 0 && !names) return;
    const cited: { readonly source: string; readonly quote: string }[] = [];
    for (const m of claim.markers) {
      const c = event.citations[m.n - 1];
      if (c) cited.push(c);
    }
    // A sentence without markers (or with none that resolve) is the marker rule's to report.
    if (cited.length === 0) return;
    const k = i + 1;
    const missing: string[] = [];
    for (const [n, written] of stated) {
      if (cited.some((c) => gives(c.quote, n) || inOwnWords(c, n))) continue;
      dated ??= numbersIn(
        `${dateNumbers(event.start)} ${dateNumbers(event.end)} ${event.dateNote ?? ''}`,
      );
      if (!dated.has(n) && !cited.some((c) => numbersIn(source(c.source)?.published ?? '').has(n)))
        missing.push(written);
    }
    if (missing.length > 0) {
      const one = missing.length === 1;
      warn(
        '.summary',
        `sentence ${k} gives ${one ? 'a number' : 'numbers'} (${missing.map((w) => `"${w}"`).join(', ')}) that no passage it cites gives: "${clip(claim.text, 120)}"; correct the sentence, or cite the passage that gives ${one ? 'it' : 'them'}`,
      );
    }
    if (names) {
      const slips = calendarSlips(
        claim.text,
        event,
        cited.map((c) => {
          const s = source(c.source);
          return { quote: c.quote, language: s?.language, published: s?.published };
        }),
      );
      if (slips.unsupported.length > 0) {
        const one = slips.unsupported.length === 1;
        warn(
          '.summary',
          `sentence ${k} names ${one ? 'a month or day' : 'months or days'} (${slips.unsupported.map((w) => `"${w}"`).join(', ')}) that no passage it cites names, nor the event's dates: "${clip(claim.text, 120)}"; correct the sentence, or cite the passage that names ${one ? 'it' : 'them'}`,
        );
      }
      for (const { written, was } of slips.wrongDays)
        warn('.summary', `sentence ${k} says "${written}", but that day was a ${was}`);
    }
    if (phrases.length === 0) return;
    const text = comparable(cited.map((c) => c.quote).join('\n'));
    for (const phrase of phrases) {
      // A quotation the curator shortened ("tense … useful") is checked part by part.
      const parts = phrase.split(ELISION).filter((p) => /[\p{L}\p{N}]/u.test(p));
      if (!parts.every((p) => text.includes(comparable(p))))
        warn(
          '.summary',
          `sentence ${k} quotes "${clip(phrase, 80)}", which no passage it cites has word for word; quote the passage as written, or drop the quotation marks`,
        );
    }
  });
}

const SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
const WORDS = new Map<string, number>([
  ...SMALL.split(' ').map((w, i) => [w, i] as const),
  ...'thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i) => [w, 30 + 10 * i] as const),
  ['hundred', 100],
  ['thousand', 1000],
  ['dozen', 12],
]);
const ALTERNATION = [...WORDS.keys()].join('|');
const WORD_PATTERN = new RegExp(`\\b(${ALTERNATION})\\b`, 'gi');
// Figures, with thousands grouped by commas or spaces ("100,000", "100 000"), and a decimal part.
const FIGURES = /(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;
const GROUPING = /[,\u00a0\u202f ]/g;
const QUOTE_MARK = /["“„«]/;
// What a sentence must hold to state a number or quote anything.
const MAY_STATE = new RegExp(`\\d|["“„«]|\\b(?:${ALTERNATION})\\b`, 'i');
const ELISION = /\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*/u;

/**
 * The numbers a text gives, each as its figures without grouping or leading zeros ("100000",
 * "2.5", "1" for "01"), to the way the text first writes it; a number word ("seven") counts
 * as its figures. "One" is left out: as a word it is rarely a count ("one of the talks").
 */
export function numbersIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  FIGURES.lastIndex = 0;
  for (let m = FIGURES.exec(text); m; m = FIGURES.exec(text)) {
    let figures = m[0];
    if (figures.length > 3) figures = figures.replace(GROUPING, '');
    if (figures.length > 1 && figures.charCodeAt(0) === 48 && !figures.includes('.'))
      figures = figures.replace(/^0+(?=\d)/, '');
    if (!out.has(figures)) out.set(figures, m[0]);
  }
  WORD_PATTERN.lastIndex = 0;
  for (let m = WORD_PATTERN.exec(text); m; m = WORD_PATTERN.exec(text)) {
    const word = m[1]!.toLowerCase();
    const n = String(WORDS.get(word));
    if (word !== 'one' && !out.has(n)) out.set(n, m[1]!);
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// A comma, a space, a no-break or narrow no-break space: what groups thousands.
const GROUP_MARKS = new Set([44, 32, 0xa0, 0x202f]);

/**
 * Whether `text` gives the number `n` (as numbersIn writes it): its figures standing alone
 * (not part of a longer number); else, less often, the text's numbers read whole (a word,
 * "100,000" for 100000, "01" for 1).
 */
function gives(text: string, n: string): boolean {
  for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
    const end = at + n.length;
    if (isDigit(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(end))) continue;
    // Not the fraction of "2.5" nor the whole of it, nor a group of "100,000".
    const joined = (sep: number, digit: number) =>
      (sep === 46 || GROUP_MARKS.has(sep)) && isDigit(digit);
    if (joined(text.charCodeAt(at - 1), text.charCodeAt(at - 2))) continue;
    if (joined(text.charCodeAt(end), text.charCodeAt(end + 1))) continue;
    return true;
  }
  return numbersIn(text).has(n);
}

// Double quotation marks of the usual kinds, opening and closing: "…", “…”, «…», „…“.
const QUOTED = /["“„«]\s*([^"“”„«»]+?)\s*["”“»]/gu;

/** The phrases a sentence puts in double quotation marks. */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(QUOTED)]
    .map((m) => m[1]!.replace(/[\s.,;:!?…]+$/u, ''))
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/**
 * Text compared word for word: case, runs of white space, curly apostrophes, dashes and the
 * Unicode spelling of accented letters aside.
 */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/\s+/gu, ' ');
}

/**
 * A contract date's numbers as a text writes them: a year before the common era as its BCE
 * year ("-0043-03-15" gives 44, 3 and 15; "0000" gives 1).
 */
function dateNumbers(raw: string | undefined): string {
  const m = raw === undefined ? null : /^([+-]?\d+)(.*)$/u.exec(raw);
  if (!m) return '';
  const year = Number(m[1]);
  return `${year <= 0 ? 1 - year : year}${m[2]}`;
}
