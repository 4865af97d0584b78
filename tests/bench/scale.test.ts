import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate';
import { layoutLanes, stackLabels, validateTimeline } from '../../src/core';

describe('at benchmark scale', () => {
  it('a generated 100,000-event dataset validates with no problems', () => {
    const { timeline, texts } = generate(100_000);
    const files = new Map(texts.map((t, s) => [`sources/src${s}.txt`, t]));
    const r = validateTimeline(timeline, files);
    expect(r.problems).toEqual([]);
    expect(r.timeline.events).toHaveLength(100_000);
    expect(r.timeline.events.every((e, i, a) => i === 0 || a[i - 1]!.t0 <= e.t0)).toBe(true);
  }, 60_000);

  it('labels of thousands of events never intersect (property, large sets)', () => {
    const o = { maxRows: 12, gap: 6, markWidth: 14, minLabel: 72, clusterWidth: 44 };
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 2560, noNaN: true }),
            fc.double({ min: 20, max: 400, noNaN: true }),
          ),
          { minLength: 2000, maxLength: 5000 },
        ),
        (raw) => {
          const l = stackLabels(
            raw.map(([x, w], i) => ({ id: `e${i}`, x, end: x, width: w })),
            { ...o, maxX: 2560 },
          );
          const rows = new Map<number, { x: number; boxEnd: number }[]>();
          for (const b of [...l.placed, ...l.clusters])
            (rows.get(b.row) ?? rows.set(b.row, []).get(b.row)!).push(b);
          for (const boxes of rows.values()) {
            boxes.sort((a, b) => a.x - b.x);
            for (let i = 1; i < boxes.length; i++)
              expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.boxEnd + o.gap);
          }
          expect(l.placed.length + l.clusters.reduce((n, c) => n + c.ids.length, 0)).toBe(
            raw.length,
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a 100,000-event view lays out as counts bounded by the width', () => {
    const { timeline, texts } = generate(100_000);
    const r = validateTimeline(timeline, new Map(texts.map((t, s) => [`sources/src${s}.txt`, t])));
    const [lo, hi] = [r.timeline.events[0]!.t0, r.timeline.events.at(-1)!.t1];
    const g = {
      rowHeight: 38,
      headerHeight: 22,
      maxRows: 12,
      gap: 6,
      markWidth: 14,
      minLabel: 72,
      clusterWidth: 44,
      labelMax: 210,
    };
    const { bands } = layoutLanes(
      r.timeline.lanes,
      r.timeline.events,
      (t) => ((t - lo) / (hi - lo)) * 1280,
      (text) => ({ lines: [text], width: 100, elided: false }),
      g,
      null,
      1280,
    );
    const marks = bands.reduce((n, b) => n + b.placed.length + b.clusters.length, 0);
    expect(marks).toBeLessThanOrEqual(6 * Math.ceil(1280 / 50));
    expect(
      bands.reduce(
        (n, b) => n + b.clusters.reduce((m, c) => m + c.events.length, 0) + b.placed.length,
        0,
      ),
    ).toBe(100_000);
  }, 60_000);
});
