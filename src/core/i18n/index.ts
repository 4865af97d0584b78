export { LOCALES, matchLocale, pickLocale, textDirection, type Locale } from './locales';
export { fill, pluralForm, type Message, type Params, type PluralMessage } from './messages';
export { createTranslator, type Catalogue, type Translator } from './translator';
export { createDateWords, type DateMessages, type DateWords } from './dateWords';
