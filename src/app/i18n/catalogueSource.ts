import type { Catalogue, Locale } from '../../core';
import type { MessageKey } from '../../core/i18n/catalogues/en';

// Each language its own chunk (English too): a reader downloads only the one chosen.
const chunks = import.meta.glob<{ default: Catalogue<MessageKey> }>(
  '../../core/i18n/catalogues/*.ts',
);

/** The interface's messages in `locale`: its chunk, fetched when asked for. */
export function fetchCatalogue(locale: Locale): Promise<Catalogue<MessageKey>> {
  const load = chunks[`../../core/i18n/catalogues/${locale}.ts`];
  if (!load) return Promise.reject(new Error(`no catalogue for ${locale}`));
  return load().then((m) => m.default);
}
