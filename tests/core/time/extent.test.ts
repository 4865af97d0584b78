import { describe, expect, it } from 'vitest';
import { centreOn, panWindow, visibleEvents, zoomWindow, MIN_SPAN } from '../../../src/core';
import type { TimelineEvent } from '../../../src/core';

const ev = (id: string, t0: number, t1: number) => ({ id, t0, t1 }) as unknown as TimelineEvent;
const extent = [0, 1000] as const;

describe('window arithmetic', () => {
  it('zooms about an instant, keeping that instant where it was', () => {
    expect(zoomWindow([0, 1_000_000_000], 2, 250_000_000, [0, 1e12])).toEqual([
      125_000_000, 625_000_000,
    ]);
  });
  it('never zooms narrower than MIN_SPAN nor wider than the extent', () => {
    const w = zoomWindow([0, MIN_SPAN], 10, MIN_SPAN / 2, [0, 1e12]);
    expect(w[1] - w[0]).toBe(MIN_SPAN);
    expect(zoomWindow([100, 200], 0.001, 150, extent)).toEqual([0, 1000]);
  });
  it('pans by a fraction of the span and stops at the ends', () => {
    expect(panWindow([100, 200], 0.5, extent)).toEqual([150, 250]);
    expect(panWindow([900, 1000], 0.5, extent)).toEqual([900, 1000]);
  });
  it('centres on an instant within the extent', () => {
    expect(centreOn([0, 100], 500, extent)).toEqual([450, 550]);
    expect(centreOn([0, 100], 990, extent)).toEqual([900, 1000]);
  });
});

describe('visibleEvents', () => {
  it('finds the events overlapping the window, long ranges that began before it included', () => {
    const events = [ev('long', 0, 900), ev('a', 100, 110), ev('b', 300, 310), ev('c', 600, 610)];
    expect(visibleEvents(events, 250, 650, 900).map((e) => e.id)).toEqual(['long', 'b', 'c']);
    expect(visibleEvents(events, 111, 299, 900).map((e) => e.id)).toEqual(['long']);
  });
});
