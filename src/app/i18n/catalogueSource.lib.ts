import type { Catalogue, Locale } from '../../core';
import en, { type MessageKey } from '../../core/i18n/catalogues/en';

/**
 * The web component's catalogues. It is one ES module, so English is inside it (it works
 * even where only that file was copied); each other language is a JSON file beside it,
 * `locales/xx.json`, fetched when an element asks for that language.
 */
// Through a variable: the bundler would otherwise take `new URL(…, import.meta.url)` for an
// asset of its own to resolve at build time.
const here = import.meta.url;

export async function fetchCatalogue(locale: Locale): Promise<Catalogue<MessageKey>> {
  if (locale === 'en') return en;
  const res = await fetch(new URL(`locales/${locale}.json`, here));
  if (!res.ok) throw new Error(`HTTP ${res.status} for the ${locale} catalogue`);
  const json: unknown = await res.json();
  if (!json || typeof json !== 'object')
    throw new Error(`the ${locale} catalogue is not an object`);
  return json as Catalogue<MessageKey>;
}
