import { describe, expect, it } from 'vitest';
import { computeTicks, createTimeScale, epochMs, type Locale } from '../../../src/core';
import { i18nFor } from '../../i18n/catalogues';

const ticksFor = (from: string, to: string, width = 1200, locale: Locale = 'en') =>
  computeTicks(
    createTimeScale({
      domain: [epochMs(Date.parse(from)), epochMs(Date.parse(to))],
      range: [0, width],
    }),
    width,
    i18nFor(locale).dates.tick,
  ).map((t) => t.label);

describe('computeTicks', () => {
  it('words decades as years', () => {
    expect(ticksFor('1985-01-01', '2023-01-01')).toContain('1990');
  });
  it('words a year as months, January as its year', () => {
    const labels = ticksFor('2021-01-01', '2022-01-01');
    expect(labels).toContain('2021');
    expect(labels).toContain('Jun');
  });
  it('words a week as days', () => {
    expect(ticksFor('2022-01-08', '2022-01-14', 600)).toContain('Mon 10');
  });
  it('words a day as hours, midnight as the day', () => {
    const labels = ticksFor('2022-01-10T00:00Z', '2022-01-11T00:00Z');
    expect(labels[0]).toBe('Mon, 10 Jan 2022');
    expect(labels).toContain('09:00');
    expect(labels).toContain('Tue 11 Jan');
  });
  // A window inside one month (or one year) must still say which: its first tick does.
  it('names the day, month and year on the first tick of a window of hours', () => {
    expect(ticksFor('2022-01-10T10:10Z', '2022-01-10T16:00Z')[0]).toBe('10 Jan 2022, 10:30');
  });
  it('names the month and year on the first tick of a window inside a month', () => {
    const labels = ticksFor('2026-03-09', '2026-03-24');
    expect(labels.slice(0, 3)).toEqual(['9 Mar 2026', 'Tue 10', 'Wed 11']);
    expect(labels.filter((l) => l.includes('2026'))).toHaveLength(1);
  });
  it('words steps of a week by day and month (every tick is the same weekday)', () => {
    const labels = ticksFor('2026-02-20', '2026-06-01');
    expect(labels.slice(0, 4)).toEqual(['22 Feb 2026', '1 Mar 2026', '8 Mar', '15 Mar']);
    expect(labels).toContain('5 Apr');
    expect(labels).toContain('3 May');
    expect(labels.some((l) => l.startsWith('Sun'))).toBe(false);
  });
  it('names the year on the first tick of a window of months', () => {
    const labels = ticksFor('2021-03-15', '2022-02-01');
    expect(labels[0]).toBe('Apr 2021');
    expect(labels).toContain('May');
    expect(labels).toContain('2022');
  });
  it('names a year on some tick of every window, from hours to centuries', () => {
    const at = (ms: number) => epochMs(ms);
    const start = Date.UTC(2026, 2, 9, 7);
    for (const span of [
      4 * 3_600_000,
      86_400_000,
      10 * 86_400_000,
      60 * 86_400_000,
      300 * 86_400_000,
      5e11,
    ]) {
      const ticks = computeTicks(
        createTimeScale({ domain: [at(start), at(start + span)], range: [0, 800] }),
        800,
        i18nFor('en').dates.tick,
      );
      expect(ticks.some((t) => /\b(19|20)\d\d\b/.test(t.label))).toBe(true);
    }
  });
  it('words them in the reader’s language', () => {
    expect(ticksFor('2021-01-01', '2022-01-01', 1200, 'de')).toContain('Mär');
    expect(ticksFor('2022-01-08', '2022-01-14', 600, 'fr')).toContain('lun. 10');
  });
});

describe('computeTicks: early and BCE years', () => {
  const around = (a: number, b: number, width = 1200, locale: Locale = 'en') => {
    const at = (y: number) => {
      const d = new Date(0);
      d.setUTCFullYear(y, 0, 1);
      d.setUTCHours(0, 0, 0, 0);
      return epochMs(d.getTime());
    };
    return computeTicks(
      createTimeScale({ domain: [at(a), at(b)], range: [0, width] }),
      width,
      i18nFor(locale).dates.tick,
    ).map((t) => t.label);
  };
  it('words the years around the start of the era on round historical years', () => {
    const labels = around(-60, 40);
    expect(labels).toContain('50 BCE'); // astronomical -49
    expect(labels).toContain('10 BCE');
    expect(labels).toContain('1'); // astronomical 0 + 1: there is no year 0
    expect(labels).toContain('10');
    expect(labels.some((l) => /^0|19\d\d|1 BCE|\d1 BCE/.test(l))).toBe(false);
  });
  it('puts centuries before the era on round numbers too', () => {
    const labels = around(-1300, 2000);
    expect(labels).toContain('1000 BCE');
    expect(labels.filter((l) => l.endsWith('BCE')).every((l) => /^\d+00 BCE$/.test(l))).toBe(true);
  });
  it('words them with the era of the reader’s language', () => {
    expect(around(-60, 40, 1200, 'fr')).toContain('50 av. J.-C.');
    expect(around(-60, 40, 1200, 'ru').some((l) => /^50\s(г\.\s)?до н\. э\.$/.test(l))).toBe(true);
    expect(around(-60, 40, 1200, 'ar').some((l) => /ق\.م$/.test(l))).toBe(true);
  });
  it('words months of the first century by their own year, not the 1900s', () => {
    const labels = around(44, 45);
    expect(labels).toContain('44');
    expect(labels).toContain('Jun');
  });
});
