import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLaneIndex, DAY, HOUR, type TimelineEvent } from '../../../src/core';

const ev = (id: string, lane: string, t0: number, t1: number) =>
  ({ id, lane, t0, t1 }) as unknown as TimelineEvent;

// The plain definition, lane by lane: every event whose [t0, t1] meets [start, end], in order.
function plain(events: readonly TimelineEvent[], start: number, end: number) {
  const out = new Map<string, string[]>();
  for (const e of events)
    if (e.t0 <= end && e.t1 >= start) out.set(e.lane, [...(out.get(e.lane) ?? []), e.id]);
  return out;
}

const ids = (m: ReadonlyMap<string, readonly TimelineEvent[]>) =>
  new Map([...m].map(([lane, list]) => [lane, list.map((e) => e.id)]));

describe('createLaneIndex', () => {
  it("gives each lane's events in view, in order, whatever their durations", () => {
    // Points, hours, days, months, years and decades, so every duration class is used.
    const duration = fc.constantFrom(0, 0, 5 * 60_000, HOUR, DAY, 30 * DAY, 365 * DAY, 3650 * DAY);
    const event = fc.tuple(
      fc.integer({ min: 0, max: 4000 * DAY }),
      duration,
      fc.constantFrom('a', 'b', 'c'),
    );
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 300 }),
        fc.integer({ min: -100 * DAY, max: 4100 * DAY }),
        fc.oneof(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 5000 * DAY })),
        fc.integer({ min: -100 * DAY, max: 4100 * DAY }),
        (raw, start, span, other) => {
          const events = raw
            .sort((p, q) => p[0] - q[0])
            .map(([t0, d, lane], i) => ev(`e${i}`, lane, t0, t0 + d));
          const index = createLaneIndex(events);
          // Two queries in a row on one index, as frames ask: the first leaves nothing behind.
          expect(ids(index.query(other, other + span))).toEqual(plain(events, other, other + span));
          expect(ids(index.query(start, start + span))).toEqual(plain(events, start, start + span));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives a lane's own list, not a copy, when the window holds all of it", () => {
    const events = [ev('x', 'a', 10, 20), ev('y', 'a', 30, 30), ev('z', 'b', 40, 50)];
    const index = createLaneIndex(events);
    const a = index.query(0, 100).get('a');
    expect(a?.map((e) => e.id)).toEqual(['x', 'y']);
    expect(index.query(0, 100).get('a')).toBe(a);
    expect(index.query(0, 25).get('b')).toBeUndefined();
  });
});
