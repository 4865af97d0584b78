import { locateQuote, normalizeSpace, type IndexedText } from '../../core';
import { nextWordEnd, previousWordStart, wholeWords } from './wholeWords';

/** A quote made from a selection, ready to cite, or why it cannot be. */
export type QuoteProposal =
  | {
      readonly kind: 'unique';
      /** The quote to store: the passage with white space normalised as the validator does. */
      readonly quote: string;
      /** Where it is in the source's original text. */
      readonly start: number;
      readonly end: number;
      /** How many times the selection itself occurs (1: it was not widened). */
      readonly selectedCount: number;
      /** The selection as made, whole words, normalised. */
      readonly selected: string;
      readonly widened: boolean;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-unique'; readonly selected: string; readonly count: number };

const count = (text: IndexedText, q: string) => {
  const r = locateQuote(text, q);
  return r.kind === 'found' ? 1 : r.kind === 'ambiguous' ? r.count : 0;
};

/**
 * Turns a selection [start, end) of a source into a quote found exactly once: whole words,
 * then, while it occurs more than once, widened one word at a time (a word after, then a
 * word before, in turn) around the occurrence that was selected. Uses the validator's own
 * locateQuote, so what the desk accepts the validator accepts.
 */
export function proposeQuote(text: IndexedText, start: number, end: number): QuoteProposal {
  const body = text.original;
  const words = wholeWords(body, start, end);
  if (!words) return { kind: 'empty' };
  let [a, b] = words;
  const selected = normalizeSpace(body.slice(a, b));
  const selectedCount = count(text, selected);
  let n = selectedCount;
  let after = true;
  while (n > 1) {
    const nb = nextWordEnd(body, b);
    const na = previousWordStart(body, a);
    if (after && nb > b) b = nb;
    else if (na < a) a = na;
    else if (nb > b) b = nb;
    else break; // the whole text, and still not unique: cannot happen for a real occurrence
    after = !after;
    n = count(text, normalizeSpace(body.slice(a, b)));
  }
  if (n !== 1) return { kind: 'not-unique', selected, count: selectedCount };
  return {
    kind: 'unique',
    quote: normalizeSpace(body.slice(a, b)),
    start: a,
    end: b,
    selectedCount,
    selected,
    widened: a !== words[0] || b !== words[1],
  };
}
