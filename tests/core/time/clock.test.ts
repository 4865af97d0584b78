import { describe, expect, it } from 'vitest';
import { clockOf, commonOffset, endBeforeStart, offsetOf } from '../../../src/core/time/clock';
import { parseDate, type ParsedDate } from '../../../src/core';

const d = (raw: string, clock?: number): ParsedDate => {
  const r = parseDate(raw, clock);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('the offset a time of day gives', () => {
  it('reads minutes east of UTC, and nothing from a date or junk', () => {
    expect(offsetOf('2022-01-10T08:55+01:00')).toBe(60);
    expect(offsetOf('2022-01-10T08:55-05:30')).toBe(-330);
    expect(offsetOf('2022-01-10T08:55Z')).toBe(0);
    expect(offsetOf('2022-01-10')).toBeUndefined();
    expect(offsetOf(42)).toBeUndefined();
    expect(offsetOf('+01:00')).toBeUndefined();
    expect(offsetOf('2022-01-10T08:55+0a:00')).toBeUndefined();
    expect(offsetOf('2022-01-10 08:55+01:00')).toBeUndefined();
    expect(offsetOf('Z')).toBeUndefined();
  });
  it('picks the offset given most often, the first met on a tie', () => {
    expect(
      commonOffset(['2022-01-10T09:00-05:00', '2022-01-10T14:30+01:00', '2022-01-11T10:00+01:00']),
    ).toBe(60);
    expect(commonOffset(['2022-01-10T16:00+03:00', '2022-01-10T14:30+01:00'])).toBe(180);
    expect(commonOffset(['2022-01-10', '2021', undefined])).toBeUndefined();
    const [a, b] = ['2022-01-10T09:00-05:00', '2022-01-10T14:30+01:00'];
    expect(commonOffset([a, b, b, a])).toBe(-300);
  });
  it('reads the starts and ends of raw events, past junk', () => {
    const items = [
      { start: '2022-01-10T09:00-05:00', end: '2022-01-10T16:00-05:00' },
      null,
      'junk',
      { start: '2022-01-10T14:30+01:00' },
    ];
    expect(clockOf(items)).toBe(-300);
  });
});

describe('a time of day placed by a clock', () => {
  it('sits at its instant as the clock reads it', () => {
    // 17:00 in Tokyo is 08:00 UTC, 09:00 in Geneva.
    expect(d('2022-01-10T17:00+09:00', 60).startMs).toBe(Date.UTC(2022, 0, 10, 9, 0));
    expect(d('2022-01-10T17:00+09:00', 0).startMs).toBe(Date.UTC(2022, 0, 10, 8, 0));
    // Without a clock, and by a clock at its own offset, at its own wall-clock time.
    expect(d('2022-01-10T17:00+09:00').startMs).toBe(Date.UTC(2022, 0, 10, 17, 0));
    expect(d('2022-01-10T17:00+09:00', 540).startMs).toBe(Date.UTC(2022, 0, 10, 17, 0));
    // The instant and the words' parts do not move.
    expect(d('2022-01-10T17:00+09:00', 60).instantMs).toBe(Date.UTC(2022, 0, 10, 8, 0));
    expect(d('2022-01-10T17:00+09:00', 60).hour).toBe(17);
  });
  it('leaves dates where they were', () => {
    expect(d('2022-01-10', 60).startMs).toBe(Date.UTC(2022, 0, 10));
    expect(d('2022-01', -300).endMs).toBe(Date.UTC(2022, 1, 1));
  });
});

describe('an end before its start', () => {
  const order = (start: string, end: string) => endBeforeStart(d(start, 60), d(end, 60));
  it('compares two times of day as instants', () => {
    // Left Moscow at 18:00 (15:00 UTC), landed in Geneva at 17:00 (16:00 UTC).
    expect(order('2022-01-09T18:00+03:00', '2022-01-09T17:00+01:00')).toBeNull();
    expect(order('2022-01-09T17:00+01:00', '2022-01-09T18:00+03:00')).toBe('before');
    expect(order('2022-01-10T09:00+01:00', '2022-01-10T09:00+01:00')).toBeNull();
  });
  it('compares other pairs as the dates they name', () => {
    expect(order('2022-01-10', '2022-01-09')).toBe('before');
    expect(order('2026', '2026-03')).toBe('inside');
    expect(order('2022-01-10', '2022-01-10T23:00+01:00')).toBe('inside');
    // Late on the 10th in Washington is the 11th by the clock; it is still the 10th's event.
    expect(order('2022-01-10T23:30-05:00', '2022-01-10')).toBeNull();
    expect(order('2022-01-10T23:30-05:00', '2022-01-09')).toBe('before');
  });
});
