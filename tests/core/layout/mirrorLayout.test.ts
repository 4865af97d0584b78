import { describe, expect, it } from 'vitest';
import {
  hitTest,
  layoutLanes,
  mirrorLayout,
  mirrorTicks,
  validateTimeline,
  type TimelineLayout,
} from '../../../src/core';

const day = (d: number) => `2022-01-${String(d).padStart(2, '0')}`;
const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [{ id: 'a', label: 'A' }],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one two three four five six' }],
    events: [
      ...['one', 'two', 'three', 'four'].map((w, i) => ({
        id: w,
        title: `Event ${w}`,
        start: day(3 + i * 3),
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: w }],
      })),
      {
        id: 'span',
        title: 'A range',
        start: day(2),
        end: day(20),
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'five' }],
      },
    ],
  },
  new Map(),
);
const g = {
  rowHeight: 30,
  headerHeight: 20,
  maxRows: 3,
  gap: 4,
  markWidth: 12,
  minLabel: 40,
  clusterWidth: 36,
  labelMax: 200,
};
const W = 600;
const t0 = Date.UTC(2022, 0, 1);
const x = (t: number) => ((t - t0) / (24 * 3_600_000)) * 30;
const label = (text: string, w: number) => ({
  lines: [text],
  width: Math.min(90, w),
  elided: w < 90,
});
const forward = layoutLanes(timeline.lanes, timeline.events, x, label, g, null, W);
const mirrored = mirrorLayout(forward, g.markWidth);
const placed = (l: TimelineLayout) => l.bands.flatMap((b) => b.placed);

describe('mirrorLayout: time right to left', () => {
  it('puts the earliest event on the right and the latest on the left', () => {
    const at = (l: TimelineLayout, id: string) => placed(l).find((p) => p.id === id)!.mark.x0;
    expect(at(forward, 'one')).toBeLessThan(at(forward, 'four'));
    expect(at(mirrored, 'one')).toBeGreaterThan(at(mirrored, 'four'));
    expect(at(mirrored, 'one')).toBe(W - at(forward, 'one'));
  });
  it('sets each label after its mark in the reading direction: its text ends at the mark', () => {
    for (const p of placed(mirrored)) {
      const f = placed(forward).find((q) => q.id === p.id)!;
      expect(p.side).toBe(f.side === 'after' ? 'before' : 'after');
      expect(p.textX + p.labelWidth).toBe(W - f.textX);
      expect(p.lines).toEqual(f.lines);
    }
  });
  it('keeps every box apart from every other in its row, as the layout made them', () => {
    const boxes = placed(mirrored);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && a.row === b.row) expect(a.x < b.boxEnd && b.x < a.boxEnd).toBe(false);
  });
  it('turns a range and its arrows: a range running off the left runs off the right', () => {
    const span = (l: TimelineLayout) => placed(l).find((p) => p.id === 'span')!.mark;
    const narrow = layoutLanes(
      timeline.lanes,
      timeline.events,
      (t) => x(t) - 100,
      label,
      g,
      null,
      W,
    );
    const m = span(mirrorLayout(narrow, g.markWidth));
    expect(span(narrow).offLeft).toBe(true);
    expect(m.offRight).toBe(true);
    expect(m.offLeft).toBe(span(narrow).offRight);
    expect([m.x0, m.x1]).toEqual([W - span(narrow).x1, W - span(narrow).x0]);
  });
  it('is its own inverse', () => {
    expect(mirrorLayout(mirrored, g.markWidth)).toEqual(forward);
  });
  it('hit-tests where the mirrored picture is: the dot of an event, on screen', () => {
    const p = placed(mirrored).find((q) => q.id === 'two')!;
    const y = 20 + p.row * 30 + 15;
    expect(hitTest(mirrored.bands, g, p.mark.x0 + 5, y)).toEqual({ kind: 'event', id: 'two' });
    expect(hitTest(mirrored.bands, g, p.mark.x0 - 5, y)).toEqual({ kind: 'event', id: 'two' });
  });
  it('turns ticks the same way', () => {
    expect(
      mirrorTicks([{ t: 0 as never, x: 100, label: 'a', major: false, labelShown: true }], W)[0]!.x,
    ).toBe(500);
  });
});
