import { describe, expect, it } from 'vitest';
import { parseDate, wordDate, wordEventDate, type ParsedDate } from '../../../src/core';

const d = (raw: string): ParsedDate => {
  const r = parseDate(raw);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('wordDate', () => {
  it('words a date by its precision', () => {
    expect(wordDate(d('1987'))).toBe('1987');
    expect(wordDate(d('2021-12'))).toBe('December 2021');
    expect(wordDate(d('2022-01-10'))).toBe('10 January 2022');
    expect(wordDate(d('2022-01-10T08:55+01:00'))).toBe('10 January 2022, 08:55 UTC+01:00');
  });

  it('words the same day whatever the reader’s time zone (tests run in America/New_York)', () => {
    expect(wordDate(d('2022-01-01'))).toBe('1 January 2022');
  });

  it('says "(approx.)" only when the data says so', () => {
    expect(wordEventDate(d('2021-12'), undefined, true)).toBe('December 2021 (approx.)');
    expect(wordEventDate(d('2021-12'))).toBe('December 2021');
  });

  it('shares what the ends of a range share', () => {
    expect(wordEventDate(d('2019-02-01'), d('2019-02-02'))).toBe('1–2 February 2019');
    expect(wordEventDate(d('1987-12-08'), d('2019-08-02'))).toBe('8 December 1987 – 2 August 2019');
  });
});

describe('wordDate: early years and years before the common era', () => {
  it('words early years without padding and BCE years as such', () => {
    expect(wordDate(d('0800'))).toBe('800');
    expect(wordDate(d('0800-12-25'))).toBe('25 December 800');
    expect(wordDate(d('0044-03'))).toBe('March 44');
    expect(wordDate(d('0000'))).toBe('1 BCE');
    expect(wordDate(d('-0043-03-15'))).toBe('15 March 44 BCE');
  });

  it('words a range across the start of the era', () => {
    expect(wordEventDate(d('-0003'), d('0030'))).toBe('4 BCE – 30');
  });
});
