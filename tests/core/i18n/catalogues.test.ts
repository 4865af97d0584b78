import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core';
import { catalogueOf, LOCALES } from '../../i18n/catalogues';

type Messages = Readonly<Record<string, Message>>;
const read = (locale: string) => catalogueOf(locale) as Messages | undefined;
const en = read('en')!;
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const forms = (m: Message): [string, string][] =>
  typeof m === 'string'
    ? [['text', m]]
    : Object.entries(m).filter((e): e is [string, string] => !!e[1]);
const englishNames = (m: Message) =>
  new Set(forms(m).flatMap(([, text]) => [...placeholders(text)]));

/** What is wrong with a catalogue, measured against English and its language's plural rules. */
function audit(locale: string, c: Messages): string[] {
  const out: string[] = [];
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(en)) if (!(key in c)) out.push(`${key}: missing`);
  for (const key of Object.keys(c)) if (!(key in en)) out.push(`${key}: not in English`);
  for (const [key, reference] of Object.entries(en)) {
    const m = c[key];
    if (m === undefined) continue;
    if (typeof reference !== typeof m) {
      out.push(
        `${key}: ${typeof reference === 'string' ? 'a plain message' : 'plural forms'} in English`,
      );
      continue;
    }
    if (typeof m !== 'string')
      for (const category of needed)
        if (!m[category]) out.push(`${key}: no "${category}" form, which ${locale} needs`);
    const names = englishNames(reference);
    for (const [form, text] of forms(m)) {
      if (!text.trim()) out.push(`${key}.${form}: empty`);
      for (const p of placeholders(text))
        if (!names.has(p)) out.push(`${key}.${form}: {${p}} is not a placeholder of English`);
      // A form may leave out the number it stands for ("one event"); never anything else.
      // (Arabic's "zero" form may say "none" and drop the rest.)
      if (form === 'zero') continue;
      for (const p of names)
        if (p !== 'count' && !placeholders(text).has(p)) out.push(`${key}.${form}: no {${p}}`);
    }
  }
  return out;
}

describe('message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has every key English has, the same placeholders, and every plural form it needs',
    (locale) => {
      const c = read(locale);
      expect(c, `src/core/i18n/catalogues/${locale}.ts`).toBeDefined();
      expect(audit(locale, c!)).toEqual([]);
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not English copied', (locale) => {
    const c = read(locale)!;
    const same = Object.keys(en).filter(
      (k) =>
        typeof en[k] === 'string' &&
        en[k] === c[k] &&
        /[a-z]{4,}/.test((en[k] as string).replace(/\{\w+\}/g, '')),
    );
    // A few words are the same in both ("Sources", "error"); a copied catalogue is not.
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(4);
  });

  it('English gives each plural message its "one" and "other"', () => {
    expect(audit('en', en)).toEqual([]);
  });

  it('finds what is wrong with a broken catalogue', () => {
    const fr: Record<string, Message> = { ...read('fr')! };
    delete fr['filter.clear'];
    fr['filter.total'] = { one: '{count} événement', other: '{count} événements' };
    fr['reader.citedBy'] = 'Cité par {titre}';
    expect(audit('fr', fr)).toEqual([
      'filter.clear: missing',
      'filter.total: no "many" form, which fr needs',
      'reader.citedBy.text: {titre} is not a placeholder of English',
      'reader.citedBy.text: no {title}',
    ]);
  });
});
