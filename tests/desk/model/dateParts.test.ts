import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/core';
import { fromParts, toParts, UTC_OFFSETS } from '../../../src/desk/model/dateParts';

describe('date parts: the string is the precision', () => {
  it.each([
    ['2021', 'year'],
    ['2021-12', 'month'],
    ['2022-01-10', 'day'],
    ['2022-01-10T08:55+01:00', 'minute'],
    ['2022-01-10T08:55Z', 'minute'],
    ['0800-03', 'month'],
  ])('%s round-trips at %s precision', (s, precision) => {
    const p = toParts(s);
    expect(p.precision).toBe(precision);
    expect(fromParts(p)).toBe(s);
  });

  it('keeps the precision of an incomplete date, so the form does not jump', () => {
    const p = toParts(fromParts({ ...toParts('2021'), precision: 'month' }));
    expect(p.precision).toBe('month');
    expect(fromParts(p)).toBe('2021-');
    expect(parseDate('2021-').ok).toBe(false); // the validator names what is missing
  });

  it('does not invent a month or a day when the precision goes up', () => {
    expect(fromParts({ ...toParts('2021'), precision: 'day' })).toBe('2021--');
  });

  it('offers a day for a date not given yet, with nothing filled in', () => {
    expect(toParts('')).toMatchObject({ precision: 'day', year: '', month: '', day: '' });
    expect(fromParts({ ...toParts(''), year: '2022' })).toBe('2022--');
  });

  it('offers offsets the parser accepts', () => {
    for (const o of UTC_OFFSETS) expect(parseDate(`2022-01-10T08:55${o}`).ok).toBe(true);
  });
});
