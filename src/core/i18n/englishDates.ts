import { createDateWords, type DateMessages, type DateWords } from './dateWords';

/**
 * English date phrases: the interface's English catalogue uses them, and so do the words
 * that belong to the data rather than the reader (exported files, the review sheet, the
 * CLIs), which stay English like the validator's messages.
 */
export const ENGLISH_DATE_MESSAGES: DateMessages = {
  approximate: '{date} (approx.)',
  range: '{start} – {end}',
  withTime: '{date}, {time} {offset}',
  bce: 'BCE',
};

let words: DateWords | null = null;
/** Dates worded in English, for files and diagnostics. */
export const englishDates = (): DateWords =>
  (words ??= createDateWords('en', ENGLISH_DATE_MESSAGES));
