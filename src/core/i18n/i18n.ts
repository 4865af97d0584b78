import type { MessageKey } from './catalogues/en';
import { createDateWords, type DateWords } from './dateWords';
import { languageName } from './languageName';
import type { Locale } from './locales';
import { createTranslator, type Catalogue, type Translator } from './translator';

/** The reader's language: messages, numbers, dates, language names. One per component. */
export interface I18n extends Translator<MessageKey> {
  readonly dates: DateWords;
  /** A language code as its name in this language ("fr" → "français"). */
  language(code: string): string;
  /** Items run into a sentence with the catalogue's separator. */
  list(items: readonly string[]): string;
}

/** Everything a component needs to speak `locale`, from its catalogue. */
export function createI18n(locale: Locale, catalogue: Catalogue<MessageKey>): I18n {
  const translator = createTranslator(locale, catalogue);
  const { t } = translator;
  const dates = createDateWords(locale, {
    approximate: t('date.approximate'),
    range: t('date.range'),
    withTime: t('date.withTime'),
    bce: t('date.bce'),
  });
  const separator = t('list.separator');
  return {
    ...translator,
    dates,
    language: (code) => languageName(code, locale),
    list: (items) => items.join(separator),
  };
}
