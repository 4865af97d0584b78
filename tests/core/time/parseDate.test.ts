import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core';

const value = (raw: string) => {
  const r = parseDate(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('parseDate', () => {
  it('reads the precision from the length', () => {
    expect(value('1987').precision).toBe('year');
    expect(value('2021-12').precision).toBe('month');
    expect(value('2022-01-10').precision).toBe('day');
    expect(value('2022-01-10T08:55+01:00').precision).toBe('minute');
  });

  it('spans the whole period it names', () => {
    const dec = value('2021-12');
    expect(new Date(dec.startMs).toISOString()).toBe('2021-12-01T00:00:00.000Z');
    expect(new Date(dec.endMs).toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(value('2020-02-29').endMs - value('2020-02-29').startMs).toBe(86_400_000);
  });

  it('places a time of day at its wall-clock time, and keeps the true instant by its offset', () => {
    expect(new Date(value('2022-01-10T08:55+01:00').startMs).toISOString()).toBe(
      '2022-01-10T08:55:00.000Z',
    );
    expect(new Date(value('2022-01-10T08:55+01:00').instantMs!).toISOString()).toBe(
      '2022-01-10T07:55:00.000Z',
    );
    expect(new Date(value('2022-01-10T08:55-05:30').instantMs!).toISOString()).toBe(
      '2022-01-10T14:25:00.000Z',
    );
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseDate('2022-02-30')).toEqual({
      ok: false,
      message: '"2022-02-30" is not a calendar date (2022-02 has 28 days)',
    });
    expect(parseDate('2021-13').ok).toBe(false);
    expect(parseDate('2022-01-10T25:00+01:00').ok).toBe(false);
    expect(parseDate('10 January 2022').ok).toBe(false);
    expect(parseDate('2024-02-29').ok).toBe(true);
    expect(parseDate('2100-02-29').ok).toBe(false);
  });

  it('keeps years 0–99 in the first century rather than the 1900s', () => {
    expect(new Date(value('0044-03-15').startMs).getUTCFullYear()).toBe(44);
  });
});

describe('parseDate: early years and years before the common era (astronomical, ISO 8601)', () => {
  it('reads four-digit early years as themselves', () => {
    const d = value('0800-05');
    expect(d.year).toBe(800);
    expect(new Date(d.startMs).toISOString()).toBe('0800-05-01T00:00:00.000Z');
  });

  it('reads "0000" as 1 BCE and "-0043" as 44 BCE, and places them in order', () => {
    expect(value('0000').year).toBe(0);
    const ides = value('-0043-03-15');
    expect(ides.year).toBe(-43);
    expect(new Date(ides.startMs).toISOString()).toBe('-000043-03-15T00:00:00.000Z');
    const sorted = ['0001', '-0043-03-15', '0000', '-0100', '0800'].sort(
      (a, b) => value(a).startMs - value(b).startMs,
    );
    expect(sorted).toEqual(['-0100', '-0043-03-15', '0000', '0001', '0800']);
  });

  it('knows that 1 BCE (year 0) and 5 BCE (year -4) were leap years', () => {
    expect(parseDate('0000-02-29').ok).toBe(true);
    expect(parseDate('-0004-02-29').ok).toBe(true);
    expect(parseDate('-0003-02-29').ok).toBe(false);
  });

  it('takes years past 9999 only with a sign, and refuses "-0000" and the unplaceable', () => {
    expect(value('-12000').year).toBe(-12000);
    expect(value('+12000').year).toBe(12000);
    expect(parseDate('12000').ok).toBe(false);
    expect(parseDate('800').ok).toBe(false);
    expect(parseDate('-43').ok).toBe(false);
    expect(parseDate('-0000').ok).toBe(false);
    expect(parseDate('-999999').ok).toBe(false);
  });
});
