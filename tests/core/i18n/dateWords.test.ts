import { describe, expect, it } from 'vitest';
import { parseDate, type Locale, type ParsedDate } from '../../../src/core';
import { i18nFor } from '../../i18n/catalogues';

const d = (raw: string): ParsedDate => {
  const r = parseDate(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const words = (l: Locale) => i18nFor(l).dates;
// Intl puts narrow or thin no-break spaces in some places; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('dates worded by precision, in the reader’s language', () => {
  it('words each precision in English as the sources do (day month year)', () => {
    const w = words('en');
    expect(w.date(d('1987'))).toBe('1987');
    expect(w.date(d('2021-12'))).toBe('December 2021');
    expect(w.date(d('2022-01-10'))).toBe('10 January 2022');
    expect(w.date(d('2022-01-10T08:55+01:00'))).toBe('10 January 2022, 08:55 UTC+01:00');
  });
  it('words them in French', () => {
    const w = words('fr');
    expect(w.date(d('2022-01-10'))).toBe('10 janvier 2022');
    expect(w.eventDate(d('2021-12'), undefined, true)).toBe('décembre 2021 (env.)');
    expect(w.date(d('1987'))).toBe('1987');
    expect(w.date(d('2022-01-10T08:55+01:00'))).toBe('10 janvier 2022 à 08:55 UTC+01:00');
  });
  it('words them in every shipped language, with the month named in it', () => {
    const jan: Record<Locale, RegExp> = {
      en: /January/,
      fr: /janvier/,
      es: /enero/,
      it: /gennaio/,
      de: /Januar/,
      pt: /janeiro/,
      ru: /января/,
      uk: /січня/,
      ar: /يناير/,
      he: /ינואר/,
    };
    for (const [l, re] of Object.entries(jan)) {
      const text = words(l as Locale).date(d('2022-01-10'));
      expect(text, l).toMatch(re);
      expect(text, l).toMatch(/10|١٠/);
    }
  });
  it('keeps the local wall-clock time whatever the reader’s time zone', () => {
    // The test runs with TZ=America/New_York: a UTC-based Date would show 02:55.
    expect(words('de').date(d('2022-01-10T08:55+01:00'))).toContain('08:55 Uhr UTC+01:00');
  });
  it('writes the offset of where it happened, negative ones with a minus sign', () => {
    expect(words('en').date(d('2022-01-10T08:55-05:00'))).toContain('UTC−05:00');
    expect(words('en').date(d('2022-01-10T08:55Z'))).toContain('08:55 UTC');
  });
  it('joins a range the locale’s way, sharing what the ends share', () => {
    expect(plain(words('en').eventDate(d('2019-02-01'), d('2019-02-02')))).toMatch(
      /^1 ?– ?2 February 2019$/,
    );
    expect(words('fr').eventDate(d('2019-02-01'), d('2019-02-02'))).toBe('1–2 février 2019');
    expect(words('en').eventDate(d('2021-12'), d('2022-01-10'))).toBe(
      'December 2021 – 10 January 2022',
    );
  });
  it('says "approx." only when the data says so', () => {
    expect(words('en').eventDate(d('2021-12'))).toBe('December 2021');
    expect(words('en').eventDate(d('2021-12'), undefined, true)).toBe('December 2021 (approx.)');
    expect(words('ru').eventDate(d('2021-12'), undefined, true)).toMatch(
      /^декабрь 2021.*\(прибл\.\)$/,
    );
  });
  it('lists an event at a time of day under its day', () => {
    const e = { startDate: d('2022-01-10T08:55+01:00') };
    expect(words('en').group(e)).toBe('10 January 2022');
    expect(words('en').event(e)).toBe('10 January 2022, 08:55 UTC+01:00');
  });
  it('words two times of one day with the day and the offset once', () => {
    const e = { startDate: d('2021-07-01T10:00+02:00'), endDate: d('2021-07-01T11:30+02:00') };
    expect(words('en').event(e)).toBe('1 July 2021, 10:00–11:30 UTC+02:00');
    expect(plain(words('fr').event(e))).toBe('1 juillet 2021 à 10:00–11:30 UTC+02:00');
    expect(plain(words('de').event(e))).toMatch(/^1\. Juli 2021.*10:00–11:30 Uhr UTC\+02:00$/);
    expect(words('en').group(e)).toBe('1 July 2021');
    // Another offset at the end, or another day: both ends in full.
    const clocks = { startDate: d('2021-03-28T01:30Z'), endDate: d('2021-03-28T03:30+01:00') };
    expect(words('en').event(clocks)).toBe(
      '28 March 2021, 01:30 UTC – 28 March 2021, 03:30 UTC+01:00',
    );
    const night = { startDate: d('2021-07-01T22:00+02:00'), endDate: d('2021-07-02T01:00+02:00') };
    expect(words('en').event(night)).toBe(
      '1 July 2021, 22:00 UTC+02:00 – 2 July 2021, 01:00 UTC+02:00',
    );
    expect(words('en').group(night)).toBe(words('en').event(night));
  });
  it('words a window of the axis as one range', () => {
    const at = (d: number, h = 0) => Date.UTC(2022, 0, d, h);
    expect(words('en').window(at(8), at(14), 'day')).toBe('8–14 January 2022');
    expect(plain(words('fr').window(at(10, 8), at(10, 18), 'minute'))).toMatch(
      /^10 janvier 2022.*08:00.*18:00$/,
    );
  });
  it('names the twelve months for a date picker', () => {
    expect(words('fr').months()[0]).toBe('janvier');
    expect(words('ru').months()[0]).toBe('январь');
    expect(words('de').months()).toHaveLength(12);
  });
});

describe('years before 1000 and before the common era (astronomical years in the data)', () => {
  it('words early years without padding', () => {
    const w = words('en');
    expect(w.date(d('0800'))).toBe('800');
    expect(w.date(d('0800-12-25'))).toBe('25 December 800');
    expect(w.date(d('0044-03'))).toBe('March 44');
    expect(words('fr').date(d('0044-03'))).toBe('mars 44');
  });
  it('words "-0043" as 44 before the era, and "0000" as 1 before it, in English', () => {
    const w = words('en');
    expect(w.date(d('0000'))).toBe('1 BCE');
    expect(w.date(d('-0043'))).toBe('44 BCE');
    expect(w.date(d('-0043-03-15'))).toBe('15 March 44 BCE');
  });
  it('words them with each language’s own era', () => {
    expect(words('fr').date(d('-0043-03-15'))).toBe('15 mars 44 av. J.-C.');
    expect(words('de').date(d('-0043-03-15'))).toBe('15. März 44 v. Chr.');
    expect(words('es').date(d('-0043'))).toBe('44 a. C.');
    expect(plain(words('ru').date(d('-0043-03-15')))).toMatch(/^15 марта 44 (г\. )?до н\. э\.$/);
    expect(plain(words('uk').date(d('-0043')))).toMatch(/^44 (р\. )?до н\. е\.$/);
    expect(words('ar').date(d('-0043'))).toMatch(/^(44|٤٤) ق\.م$/);
    expect(words('he').date(d('-0043'))).toBe('44 לפנה״ס');
  });
  it('words a range within the era before the common era once, sharing its era', () => {
    expect(plain(words('en').eventDate(d('-0043-03-15'), d('-0043-03-17')))).toMatch(
      /^15 ?– ?17 March 44 BCE$/,
    );
  });
  it('words a range across the start of the era as two dates', () => {
    expect(words('en').eventDate(d('-0003'), d('0030'))).toBe('4 BCE – 30');
    expect(words('fr').eventDate(d('-0003'), d('0030'))).toBe('4 av. J.-C. – 30');
  });
});

describe('ticks', () => {
  const at = (y: number, m: number, day: number, h = 0) => new Date(Date.UTC(y, m, day, h));
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  it('words hours, days, months and years for the step in use', () => {
    const w = words('fr');
    expect(w.tick(at(2022, 0, 10, 8), 6 * HOUR)).toEqual({ label: '08:00', major: false });
    expect(w.tick(at(2022, 0, 10), 6 * HOUR).major).toBe(true);
    expect(w.tick(at(2022, 0, 10), 6 * HOUR).label).toMatch(/lun\.? 10 janv\.?/);
    expect(w.tick(at(2022, 1, 1), 7 * DAY)).toEqual({ label: '1 févr. 2022', major: true });
    expect(w.tick(at(2022, 0, 1), 30 * DAY)).toEqual({ label: '2022', major: true });
    expect(w.tick(at(2022, 3, 1), 30 * DAY).label).toBe('avr.');
    expect(w.tick(at(2020, 0, 1), 365 * DAY)).toEqual({ label: '2020', major: true });
  });
  it('names the data’s clock on a window’s ends to the minute', () => {
    const en = words('en');
    const ms = Date.UTC(2022, 0, 10, 8, 55);
    expect(plain(en.instant(ms, 'minute', 60))).toMatch(/^10 January 2022.* 08:55 UTC\+01:00$/);
    expect(en.instant(ms, 'day', 60)).not.toMatch(/UTC/);
    expect(plain(en.window(ms, ms + 2 * HOUR, 'minute', 60))).toMatch(/10:55 UTC\+01:00$/);
    expect(en.window(ms, ms + 2 * HOUR, 'minute')).not.toMatch(/UTC/);
  });
  it('words a year before the era with its era, and marks historians’ round years', () => {
    const bce = new Date(0);
    bce.setUTCFullYear(-1199, 0, 1); // 1200 BCE
    expect(words('en').tick(bce, 100 * 365 * DAY)).toEqual({ label: '1200 BCE', major: true });
    expect(words('he').tick(bce, 100 * 365 * DAY).label).toBe('1200 לפנה״ס');
  });
});
