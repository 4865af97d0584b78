import { describe, expect, it } from 'vitest';
import { ENGLISH_DATE_MESSAGES, type Message } from '../../../src/core';
import { audit, untranslated, type Messages } from '../../i18n/audit';
import { catalogueOf, LOCALES } from '../../i18n/catalogues';

const read = (locale: string) => catalogueOf(locale) as Messages | undefined;
const en = read('en')!;
const others = LOCALES.filter((l) => l !== 'en');

describe('the interface’s catalogues', () => {
  it.each(others)(
    '%s has every key English has, the same placeholders, and every plural form it needs',
    (locale) => {
      const c = read(locale);
      expect(c, `src/core/i18n/catalogues/${locale}.ts`).toBeDefined();
      expect(audit(locale, c!, en)).toEqual([]);
    },
  );

  it.each(others)('%s is translated, not English copied', (locale) => {
    // A few words are the same in both ("Sources", "error"); a copied catalogue is not.
    const same = untranslated(read(locale)!, en);
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(4);
  });

  it('English words dates as the English of files and diagnostics does', () => {
    expect({
      approximate: en['date.approximate'],
      range: en['date.range'],
      withTime: en['date.withTime'],
      bce: en['date.bce'],
    }).toEqual(ENGLISH_DATE_MESSAGES);
  });

  it('English gives each plural message its "one" and "other"', () => {
    expect(audit('en', en, en)).toEqual([]);
  });

  it('finds what is wrong with a broken catalogue', () => {
    const fr: Record<string, Message> = { ...read('fr')! };
    delete fr['filter.clear'];
    fr['filter.total'] = { one: '{count} événement', other: '{count} événements' };
    fr['reader.citedBy'] = 'Cité par {titre}';
    expect(audit('fr', fr, en)).toEqual([
      'filter.clear: missing',
      'filter.total: no "many" form, which fr needs',
      'reader.citedBy.text: {titre} is not a placeholder of English',
      'reader.citedBy.text: no {title}',
    ]);
  });
});
