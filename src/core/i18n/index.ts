export { LOCALES, matchLocale, pickLocale, textDirection, type Locale } from './locales';
export {
  fill,
  ownDirection,
  isolate,
  pluralForm,
  type Message,
  type Params,
  type PluralMessage,
} from './messages';
export { createTranslator, type Catalogue, type Translator } from './translator';
export {
  createDateWords,
  offsetLabel,
  type DateMessages,
  type DateWords,
  type DatedEvent,
} from './dateWords';
export { createI18n, type I18n } from './i18n';
export type { MessageKey } from './catalogues/en';
export { englishDates, ENGLISH_DATE_MESSAGES } from './englishDates';
