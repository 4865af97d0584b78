import { describe, expect, it } from 'vitest';
import {
  centreOn,
  chapterWindow,
  clampWindow,
  dataExtent,
  DAY,
  fitSpans,
  initialWindow,
  MIN_SPAN,
  panBy,
  revealSpan,
  windowLimits,
  zoomAbout,
  zoomScaleExtent,
  type WindowLimits,
} from '../../../src/core';

const limits = (lo: number, hi: number, minSpan = 10): WindowLimits =>
  ({ extent: [lo, hi], minSpan }) as unknown as WindowLimits;
const L = limits(0, 1000);

describe('the data extent', () => {
  it('spans every event with 4% each side, at least a day', () => {
    expect(dataExtent([{ t0: 0, t1: 100 * DAY }])).toEqual([-4 * DAY, 104 * DAY]);
    expect(dataExtent([{ t0: 0, t1: 1000 }])).toEqual([-DAY, 1000 + DAY]);
  });
  it('reaches back to a long range that starts before the others', () => {
    const [lo] = dataExtent([
      { t0: 50 * DAY, t1: 51 * DAY },
      { t0: 0, t1: 60 * DAY },
    ]);
    expect(lo).toBeLessThan(0);
  });
  it('has a month around 2022 when there is nothing to show', () => {
    const [lo, hi] = dataExtent([]);
    expect(hi - lo).toBe(60 * DAY);
  });
  it('gives d3-zoom the same limits as the arithmetic', () => {
    const l = windowLimits([{ t0: 0, t1: 100 * DAY }]);
    expect(l.minSpan).toBe(MIN_SPAN);
    expect(zoomScaleExtent(l)).toEqual([1, (108 * DAY) / MIN_SPAN]);
  });
});

describe('the first window', () => {
  it("is the data's view, padded 2%, when it names one", () => {
    expect(initialWindow([100, 600], L, 0)).toEqual([90, 610]);
  });
  it('leaves room right of the view for the labels of its last events, as a chapter does', () => {
    expect(initialWindow([100, 600], L)).toEqual(chapterWindow({ start: 100, end: 600 }, L));
  });
  it('is everything otherwise', () => {
    expect(initialWindow(null, L)).toEqual([0, 1000]);
  });
  it('stays within the limits even when the view reaches past the data', () => {
    expect(initialWindow([-500, 2000], L)).toEqual([0, 1000]);
  });
});

describe('zoom about an instant', () => {
  it('keeps that instant where it was', () => {
    expect(zoomAbout([0, 1_000_000_000], 2, 250_000_000, limits(0, 1e12))).toEqual([
      125_000_000, 625_000_000,
    ]);
  });
  it('never zooms narrower than the minimum nor wider than the extent', () => {
    const w = zoomAbout([0, 20], 10, 5, L);
    expect(w[1] - w[0]).toBe(10);
    expect(zoomAbout([100, 200], 0.001, 150, L)).toEqual([0, 1000]);
  });
});

describe('pan, centre, clamp', () => {
  it('pans by a fraction of the span and stops at the ends', () => {
    expect(panBy([100, 200], 0.5, L)).toEqual([150, 250]);
    expect(panBy([900, 1000], 0.5, L)).toEqual([900, 1000]);
    expect(panBy([0, 100], -1, L)).toEqual([0, 100]);
  });
  it('centres on an instant within the extent', () => {
    expect(centreOn([0, 100], 500, L)).toEqual([450, 550]);
    expect(centreOn([0, 100], 990, L)).toEqual([900, 1000]);
  });
  it('clamps a window asked for from outside (a link, the brush) into the limits', () => {
    expect(clampWindow([-50, 50], L)).toEqual([0, 100]);
    expect(clampWindow([500, 501], L)).toEqual([495.5, 505.5]);
    expect(clampWindow([-1e9, 1e9], L)).toEqual([0, 1000]);
    expect(clampWindow([NaN, NaN], L)).toEqual([0, 1000]);
  });
});

describe('fit and reveal', () => {
  it('fits a set of spans with room each side', () => {
    expect(
      fitSpans(
        [
          { t0: 400, t1: 500 },
          { t0: 600, t1: 600 },
        ],
        L,
        0.1,
      ),
    ).toEqual([375, 625]);
    expect(fitSpans([], L)).toBeNull();
  });
  it('fits a single instant at the minimum span', () => {
    const w = fitSpans([{ t0: 500, t1: 500 }], L, 0)!;
    expect(w).toEqual([495, 505]);
  });
  it('leaves the window alone when the span is already in view', () => {
    expect(revealSpan([100, 200], { t0: 150, t1: 150 }, L)).toEqual([100, 200]);
    expect(revealSpan([100, 200], { t0: 0, t1: 900 }, L)).toEqual([100, 200]);
  });
  it('centres on a span out of view, or fits one wider than the window', () => {
    expect(revealSpan([100, 200], { t0: 500, t1: 510 }, L)).toEqual([455, 555]);
    const w = revealSpan([100, 200], { t0: 400, t1: 800 }, L);
    expect(w[0]).toBeLessThanOrEqual(400);
    expect(w[1]).toBeGreaterThanOrEqual(800);
  });
  it('shows a chapter padded and within the limits', () => {
    expect(chapterWindow({ start: 100, end: 600 }, L, 0)).toEqual([90, 610]);
  });
  it("keeps a share of the view clear after a chapter's end for its last labels", () => {
    const [a, b] = chapterWindow({ start: 100, end: 600 }, L, 0.2);
    expect(a).toBe(90);
    // The chapter's end sits at 80% of the view: 20% of it is left for labels.
    expect((600 - a) / (b - a)).toBeCloseTo(0.8, 9);
    // A label 200 px wide after the last event fits a 1280 px view with the default room.
    const w = chapterWindow({ start: 100, end: 600 }, limits(0, 1e6));
    expect(((w[1] - 600) / (w[1] - w[0])) * 1280).toBeGreaterThanOrEqual(180);
  });
  it('takes that room up to the end of the data, never by moving the start', () => {
    // A chapter reaching almost to the end of the data: no room to take, nothing moves.
    expect(chapterWindow({ start: 100, end: 950 }, L)).toEqual([83, 1000]);
    for (const end of [990, 1000])
      expect(chapterWindow({ start: 100, end }, L)).toEqual(
        chapterWindow({ start: 100, end }, L, 0),
      );
  });
});
