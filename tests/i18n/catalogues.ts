import { createI18n, LOCALES, type Catalogue, type I18n, type Locale } from '../../src/core';
import type { MessageKey } from '../../src/core/i18n/catalogues/en';

// Every shipped catalogue, read at once (the app fetches one at a time).
const files = import.meta.glob<{ default: Catalogue<MessageKey> }>(
  '../../src/core/i18n/catalogues/*.ts',
  { eager: true },
);

/** The catalogue file of `locale`, or undefined when there is none. */
export const catalogueOf = (locale: string): Catalogue<MessageKey> | undefined =>
  files[`../../src/core/i18n/catalogues/${locale}.ts`]?.default;

/** The reader's language as a component gets it, for tests. */
export function i18nFor(locale: Locale = 'en'): I18n {
  const c = catalogueOf(locale);
  if (!c) throw new Error(`no catalogue for ${locale}`);
  return createI18n(locale, c);
}

export { LOCALES };
