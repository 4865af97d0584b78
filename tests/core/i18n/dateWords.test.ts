import { describe, expect, it } from 'vitest';
import { createDateWords, parseDate, type Locale, type ParsedDate } from '../../../src/core';

const d = (raw: string): ParsedDate => {
  const r = parseDate(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const EN = {
  approximate: '{date} (approx.)',
  range: '{start} – {end}',
  withOffset: '{dateTime} {offset}',
};
const FR = {
  approximate: '{date} (env.)',
  range: '{start} – {end}',
  withOffset: '{dateTime} {offset}',
};
const words = (l: Locale, m = EN) => createDateWords(l, m);

describe('dates worded by precision, in the reader’s language', () => {
  it('words each precision in English as the sources do (day month year)', () => {
    const w = words('en');
    expect(w.date(d('1987'))).toBe('1987');
    expect(w.date(d('2021-12'))).toBe('December 2021');
    expect(w.date(d('2022-01-10'))).toBe('10 January 2022');
    expect(w.date(d('2022-01-10T08:55+01:00'))).toBe('10 January 2022 at 08:55 UTC+01:00');
  });
  it('words them in French', () => {
    const w = words('fr', FR);
    expect(w.date(d('2022-01-10'))).toBe('10 janvier 2022');
    expect(w.eventDate(d('2021-12'), undefined, true)).toBe('décembre 2021 (env.)');
    expect(w.date(d('1987'))).toBe('1987');
  });
  it('keeps the local wall-clock time whatever the reader’s time zone', () => {
    // The test runs with TZ=America/New_York: a UTC-based Date would show 02:55.
    expect(words('de').date(d('2022-01-10T08:55+01:00'))).toContain('08:55 UTC+01:00');
  });
  it('writes the offset of where it happened, negative ones with a minus sign', () => {
    expect(words('en').date(d('2022-01-10T08:55-05:00'))).toContain('UTC−05:00');
    expect(words('en').date(d('2022-01-10T08:55Z'))).toContain('08:55 UTC');
  });
  it('joins a range the locale’s way, sharing what the ends share', () => {
    expect(words('en').eventDate(d('2019-02-01'), d('2019-02-02'))).toMatch(
      /^1\s?–\s?2 February 2019$/,
    );
    expect(words('fr', FR).eventDate(d('2019-02-01'), d('2019-02-02'))).toBe('1–2 février 2019');
    expect(words('en').eventDate(d('2021-12'), d('2022-01-10'))).toBe(
      'December 2021 – 10 January 2022',
    );
  });
  it('says "approx." only when the data says so', () => {
    expect(words('en').eventDate(d('2021-12'))).toBe('December 2021');
    expect(words('en').eventDate(d('2021-12'), undefined, true)).toBe('December 2021 (approx.)');
  });
  it('writes years before 1000 and before the common era', () => {
    const w = words('en');
    expect(w.date(d('0800'))).toBe('800');
    expect(w.date(d('0044'))).toBe('44');
  });
});

describe('ticks', () => {
  const at = (y: number, m: number, day: number, h = 0) => new Date(Date.UTC(y, m, day, h));
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  it('words hours, days, months and years for the step in use', () => {
    const w = words('fr', FR);
    expect(w.tick(at(2022, 0, 10, 8), 6 * HOUR)).toEqual({ label: '08:00', major: false });
    expect(w.tick(at(2022, 0, 10), 6 * HOUR).major).toBe(true);
    expect(w.tick(at(2022, 0, 10), 6 * HOUR).label).toMatch(/lun\.? 10 janv\.?/);
    expect(w.tick(at(2022, 1, 1), 7 * DAY)).toEqual({ label: '1 févr. 2022', major: true });
    expect(w.tick(at(2022, 0, 1), 30 * DAY)).toEqual({ label: '2022', major: true });
    expect(w.tick(at(2022, 3, 1), 30 * DAY).label).toBe('avr.');
    expect(w.tick(at(2020, 0, 1), 365 * DAY)).toEqual({ label: '2020', major: true });
  });
});
