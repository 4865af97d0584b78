import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVisibleIndex, visibleEvents, type TimelineEvent } from '../../../src/core';

const ev = (id: string, t0: number, t1: number) => ({ id, t0, t1 }) as unknown as TimelineEvent;

// The plain definition: every event whose [t0, t1] meets [start, end], in the data's order.
const overlapping = (events: readonly TimelineEvent[], start: number, end: number) =>
  events.filter((e) => e.t0 <= end && e.t1 >= start).map((e) => e.id);

describe('visibleEvents', () => {
  it('finds the events overlapping the window, long ranges that began before it included', () => {
    const events = [ev('long', 0, 900), ev('a', 100, 110), ev('b', 300, 310), ev('c', 600, 610)];
    expect(visibleEvents(events, 250, 650, 900).map((e) => e.id)).toEqual(['long', 'b', 'c']);
    expect(visibleEvents(events, 111, 299, 900).map((e) => e.id)).toEqual(['long']);
  });

  it('gives the data itself when the window holds every event', () => {
    const events = [ev('a', 100, 110), ev('b', 300, 310)];
    expect(visibleEvents(events, 0, 1000, 10)).toBe(events);
    expect(createVisibleIndex(events).query(0, 1000)).toBe(events);
  });
});

describe('createVisibleIndex', () => {
  it('finds exactly the overlapping events, in order, whatever the mix of long and short', () => {
    const event = fc
      .tuple(
        fc.integer({ min: 0, max: 10_000 }),
        fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10_000 })),
      )
      .map(([t0, d]) => ({ t0, t1: t0 + d }));
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 300 }),
        fc.integer({ min: -500, max: 10_500 }),
        fc.integer({ min: 0, max: 11_000 }),
        fc.constantFrom(0.01, 0.2, 0.5),
        (raw, start, span, share) => {
          const events = raw.sort((a, b) => a.t0 - b.t0).map((e, i) => ev(`e${i}`, e.t0, e.t1));
          const index = createVisibleIndex(events, share);
          expect(index.query(start, start + span).map((e) => e.id)).toEqual(
            overlapping(events, start, start + span),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
