import type { Catalogue, Locale } from '../../core';
import type { DeskKey } from './en';

// Each language its own chunk, fetched with the desk; readers never download any of them.
const chunks = import.meta.glob<{ default: Catalogue<DeskKey> }>([
  './*.ts',
  '!./loadDeskCatalogue.ts',
  '!./DeskI18n.tsx',
]);

/** The desk's messages in `locale`, or in English where the desk has none in it yet. */
export async function loadDeskCatalogue(locale: Locale): Promise<Catalogue<DeskKey>> {
  const load = chunks[`./${locale}.ts`] ?? chunks['./en.ts']!;
  return (await load()).default;
}
