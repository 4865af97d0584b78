import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overviewDensity } from '../../../src/core';

const YEAR = 365 * 86_400_000;
const DAY = 86_400_000;
/** A strip of 100 px over 10 years: 10 px a year. */
const extent = [0, 10 * YEAR] as const;
const columns = (d: readonly { x: number }[]) => d.map((c) => c.x);

describe('overviewDensity', () => {
  it('counts a range in every column its time covers, and a day in its own', () => {
    const range = { t0: 2 * YEAR, t1: 6 * YEAR };
    const day = { t0: 8 * YEAR, t1: 8 * YEAR + DAY };
    const d = overviewDensity([range, day], extent, 100);
    expect(columns(d)).toEqual([...Array.from({ length: 40 }, (_, i) => 20 + i), 80]);
    // One event in each column: all bars the same height.
    expect(new Set(d.map((c) => c.h)).size).toBe(1);
  });

  it('ends a range in the column before the instant after it', () => {
    // t1 is the first instant after the range: exactly on the 30th column's start.
    const d = overviewDensity([{ t0: 2 * YEAR, t1: 3 * YEAR }], extent, 100);
    expect(columns(d)).toEqual(Array.from({ length: 10 }, (_, i) => 20 + i));
  });

  it('gives the fullest column the full height and others by the square root of their share', () => {
    const at = (y: number) => ({ t0: y * YEAR, t1: y * YEAR + DAY });
    const d = overviewDensity([at(1), at(1), at(1), at(1), at(5)], extent, 100, {
      min: 4,
      max: 30,
    });
    expect(d).toEqual([
      { x: 10, h: 30 },
      { x: 50, h: 4 + 26 * 0.5 },
    ]);
  });

  it('mirrors the columns where time runs right to left', () => {
    const d = overviewDensity([{ t0: 2 * YEAR, t1: 2 * YEAR + DAY }], extent, 100, { rtl: true });
    expect(columns(d)).toEqual([79]);
  });

  it('has a bar exactly where some event covers the column (property)', () => {
    const event = fc
      .tuple(fc.integer({ min: 0, max: 10 * YEAR - 1 }), fc.integer({ min: 1, max: 4 * YEAR }))
      .map(([t0, len]) => ({ t0, t1: Math.min(10 * YEAR, t0 + len) }));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 1, max: 400 }), (es, w) => {
        const got = new Set(columns(overviewDensity(es, extent, w)));
        const k = w / (10 * YEAR);
        for (let x = 0; x < w; x++) {
          // The column holds [x, x + 1) px of time; an event, from t0 to its last instant
          // (t1 − 1 ms), covers it when they overlap.
          const covered = es.some((e) => e.t0 * k < x + 1 && (e.t1 - 1) * k >= x);
          expect(got.has(x), `column ${x} of ${w}`).toBe(covered);
        }
      }),
    );
  });
});
