import { describe, expect, it } from 'vitest';
import { hitTest, layoutLanes, validateTimeline } from '../../../src/core';

const { timeline } = validateTimeline(
  {
    title: 't',
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    sources: [{ id: 's', title: 'S', kind: 'article', text: 'one two three' }],
    events: [
      {
        id: 'one',
        title: 'One',
        start: '2022-01-10',
        lane: 'a',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'one' }],
      },
      {
        id: 'two',
        title: 'Two',
        start: '2022-01-10',
        lane: 'b',
        summary: 'S.[1]',
        citations: [{ source: 's', quote: 'two' }],
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
/** Every label one line of 80 px, elided when given less. */
const label80 = (text: string, w: number) => ({
  lines: [text],
  width: Math.min(80, w),
  elided: w < 80,
});

describe('hitTest', () => {
  const { bands } = layoutLanes(timeline.lanes, timeline.events, () => 100, label80, g, null);
  it('finds the event whose dot or label is under the point, lane by lane', () => {
    expect(hitTest(bands, g, 150, 20 + 15)).toEqual({ kind: 'event', id: 'one' });
    expect(hitTest(bands, g, 96, bands[1]!.top + 20 + 5)).toEqual({ kind: 'event', id: 'two' });
  });
  it('finds nothing in a lane header, beside a label, or below the lanes', () => {
    expect(hitTest(bands, g, 150, 5)).toBeNull();
    expect(hitTest(bands, g, 300, 35)).toBeNull();
    expect(hitTest(bands, g, 150, 10_000)).toBeNull();
  });
});
