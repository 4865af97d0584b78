import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core';
import { audit, untranslated, type Messages } from '../../i18n/audit';

// The curator's desk has catalogues of its own, loaded with its chunk.
const files = import.meta.glob<{ default: Messages }>(
  ['../../../src/desk/i18n/*.ts', '!**/loadDeskCatalogue.ts', '!**/DeskI18n.tsx'],
  { eager: true },
);
const read = (locale: string) => files[`../../../src/desk/i18n/${locale}.ts`]?.default;
const en = read('en')!;
const others = LOCALES.filter((l) => l !== 'en');

describe('the curator’s desk’s catalogues', () => {
  it.each(others)('%s has every key, placeholder and plural form it needs', (locale) => {
    const c = read(locale);
    expect(c, `src/desk/i18n/${locale}.ts`).toBeDefined();
    expect(audit(locale, c!, en)).toEqual([]);
  });
  it.each(others)('%s is translated, not English copied', (locale) => {
    const same = untranslated(read(locale)!, en);
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(4);
  });
});
