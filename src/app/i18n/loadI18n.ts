import { createI18n, type I18n, type Locale } from '../../core';
import { fetchCatalogue } from './catalogueSource';

/**
 * The reader's language, ready to use: its catalogue fetched (a chunk of its own, or beside
 * the web component's module). A catalogue that cannot be fetched falls back to English,
 * so a network hiccup costs the translation, not the timeline.
 */
export function loadI18n(locale: Locale): Promise<I18n> {
  return fetchCatalogue(locale).then(
    (c) => createI18n(locale, c),
    (e: unknown) => {
      if (locale === 'en') throw e;
      console.warn(`diplomatic-timeline: ${String(e)}; showing English`);
      return fetchCatalogue('en').then((c) => createI18n('en', c));
    },
  );
}
