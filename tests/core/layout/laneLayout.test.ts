import { describe, expect, it } from 'vitest';
import { layoutLanes, validateTimeline } from '../../../src/core';

const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one two three four five six' }],
    events: ['one', 'two', 'three', 'four'].map((w, i) => ({
      id: w,
      title: `Event ${w}`,
      start: '2022-01-10',
      lane: i < 3 ? 'a' : 'b',
      summary: 'S.[1]',
      citations: [{ source: 's', quote: w }],
    })),
  },
  new Map(),
);
const g = {
  rowHeight: 30,
  headerHeight: 20,
  maxRows: 2,
  gap: 4,
  markWidth: 12,
  minLabel: 40,
  clusterWidth: 36,
  labelMax: 200,
};
/** Every label one line of 80 px, elided when given less. */
const label80 = (text: string, w: number) => ({
  lines: [text],
  width: Math.min(80, w),
  elided: w < 80,
});

describe('layoutLanes', () => {
  it('stacks lanes top to bottom, each as tall as its rows', () => {
    const { bands, height } = layoutLanes(
      timeline.lanes,
      timeline.events,
      () => 100,
      label80,
      g,
      null,
    );
    expect(bands.map((b) => [b.lane.id, b.top, b.height])).toEqual([
      ['a', 0, 20 + 3 * 30],
      ['b', 110, 20 + 30],
    ]);
    expect(height).toBe(160);
    expect(bands[0]!.clusters[0]!.events).toHaveLength(1);
  });

  it('leaves out the lanes a filter does not keep, each kept lane keeping its index (its colour)', () => {
    const { bands, height } = layoutLanes(
      timeline.lanes,
      timeline.events.filter((e) => e.lane === 'b'),
      () => 100,
      label80,
      g,
      null,
      Infinity,
      new Set(['b']),
    );
    expect(bands.map((b) => [b.lane.id, b.index, b.top])).toEqual([['b', 1, 0]]);
    expect(height).toBe(20 + 30);
  });

  it('gives the selected event a label even where the lane is crowded', () => {
    const { bands } = layoutLanes(timeline.lanes, timeline.events, () => 100, label80, g, 'three');
    expect(bands[0]!.placed.map((p) => p.id)).toContain('three');
  });
});

describe('layoutLanes at one instant', () => {
  it('stacks events at the same instant top to bottom in the order the data gives them, not by id', () => {
    const ids = ['e10', 'e9', 'e11', 'b', 'a'];
    const same = validateTimeline(
      {
        title: 't',
        lanes: [{ id: 'a', label: 'A' }],
        sources: [{ id: 's', title: 'S', kind: 'article', text: ids.join(' ') }],
        events: ids.map((id) => ({
          id,
          title: `Event ${id}`,
          start: '2022-01-10',
          lane: 'a',
          summary: 'S.[1]',
          citations: [{ source: 's', quote: id }],
        })),
      },
      new Map(),
    ).timeline;
    const { bands } = layoutLanes(
      same.lanes,
      same.events,
      () => 100,
      label80,
      { ...g, maxRows: 6 },
      null,
    );
    const rows = [...bands[0]!.placed].sort((p, q) => p.row - q.row).map((p) => p.id);
    expect(rows).toEqual(ids);
  });
});

describe('layoutLanes on a dense lane', () => {
  it('draws counts per bin instead of labels, bounded by the width', async () => {
    const { AGGREGATE_ABOVE, epochMs } = await import('../../../src/core');
    const n = AGGREGATE_ABOVE * 10;
    const events = Array.from({ length: n }, (_, i) => ({
      ...timeline.events[0]!,
      id: `e${i}`,
      t0: epochMs(i),
      t1: epochMs(i + 1),
      lane: 'a',
    }));
    const width = 1000;
    const { bands } = layoutLanes(
      timeline.lanes,
      events,
      (t) => (t / n) * width,
      label80,
      g,
      null,
      width,
    );
    const a = bands[0]!;
    expect(a.placed).toEqual([]);
    expect(a.clusters.length).toBeLessThanOrEqual(Math.ceil(width / (g.clusterWidth + g.gap)));
    expect(a.clusters.reduce((s, c) => s + c.events.length, 0)).toBe(n);
    for (let i = 1; i < a.clusters.length; i++)
      expect(a.clusters[i]!.x).toBeGreaterThanOrEqual(a.clusters[i - 1]!.boxEnd + g.gap);
  });
});

describe('layoutLanes on a dense lane, binned by binary search', () => {
  it('gives the same badges as binning event by event, off-edge events held at the edges', async () => {
    const { AGGREGATE_ABOVE, epochMs } = await import('../../../src/core');
    const n = AGGREGATE_ABOVE * 10;
    const width = 1000;
    // Uneven starts, some before the window and some after it.
    const starts = Array.from({ length: n }, (_, i) => Math.round(-200 + ((i * i) % 1900)));
    const events = starts
      .sort((p, q) => p - q)
      .map((t, i) => ({
        ...timeline.events[0]!,
        id: `e${i}`,
        t0: epochMs(t),
        t1: epochMs(t + 1),
        lane: 'a',
      }));
    const x = (t: number) => (t * width) / n;
    const withInvert = Object.assign((t: number) => x(t), {
      invert: (px: number) => (px * n) / width,
    });
    const badges = (axis: typeof x) =>
      layoutLanes(timeline.lanes, events, axis, label80, g, null, width).bands[0]!.clusters.map(
        (c) => [c.x, c.boxEnd, c.events.map((e) => e.id).join()],
      );
    const plain = badges(x);
    expect(plain.length).toBeGreaterThan(10);
    expect(badges(withInvert)).toEqual(plain);
  });
});
