import type { TimelineEvent } from '../model/timeline';
import { DAY, HOUR } from '../time/durations';

/** Each lane's events in view, in time order. */
export type LaneEvents = ReadonlyMap<string, readonly TimelineEvent[]>;

export interface LaneIndex {
  /** Each lane's events overlapping [start, end]; lanes with none are left out. */
  query(start: number, end: number): LaneEvents;
}

/**
 * Durations that split a lane's events into classes. A scan for the events overlapping a
 * window must look back from its start as far as an event can last; within a class that is
 * the class's bound, so a year-long event does not make the look-back a year for points.
 */
const BOUNDS = [0, HOUR, DAY, 8 * DAY, 32 * DAY, 93 * DAY, 367 * DAY, 5 * 367 * DAY, Infinity];

interface DurationClass {
  readonly limit: number;
  readonly events: readonly TimelineEvent[];
  /** Each event's place in its lane, to merge the classes back in the lane's order. */
  readonly at: Int32Array;
}

/**
 * An index asked on every zoom frame for each lane's events in view, with no per-frame
 * grouping by lane: each lane's events (in time order) are split by duration; a query binary
 * searches each class, takes the run that starts inside the window as one slice, checks the
 * few that start before it one by one, and merges the classes back into time order.
 */
export function createLaneIndex(events: readonly TimelineEvent[]): LaneIndex {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const list = byLane.get(e.lane);
    if (list) list.push(e);
    else byLane.set(e.lane, [e]);
  }
  const lanes = [...byLane].map(([lane, list]) => ({ lane, list, classes: classesOf(list) }));
  return {
    query(start, end) {
      const out = new Map<string, readonly TimelineEvent[]>();
      for (const { lane, list, classes } of lanes) {
        const found =
          start <= list[0]!.t0 && end >= list[list.length - 1]!.t0
            ? list
            : merge(classes.map((c) => inClass(c, start, end)));
        if (found.length) out.set(lane, found);
      }
      return out;
    },
  };
}

function classesOf(list: readonly TimelineEvent[]): DurationClass[] {
  const buckets = BOUNDS.map(() => ({ events: [] as TimelineEvent[], at: [] as number[] }));
  list.forEach((e, i) => {
    const d = e.t1 - e.t0;
    const b = buckets[BOUNDS.findIndex((limit) => d <= limit)]!;
    b.events.push(e);
    b.at.push(i);
  });
  return buckets.flatMap((b, i) =>
    b.events.length ? [{ limit: BOUNDS[i]!, events: b.events, at: Int32Array.from(b.at) }] : [],
  );
}

/** First index whose event starts at or after t. */
function firstFrom(events: readonly TimelineEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose event starts after t. */
function firstAfter(events: readonly TimelineEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t0 <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A class's events in view, with their places in the lane. */
function inClass(c: DurationClass, start: number, end: number) {
  const from = firstFrom(c.events, start - c.limit);
  const inside = firstFrom(c.events, start);
  const to = Math.max(inside, firstAfter(c.events, end));
  const events: TimelineEvent[] = [];
  const at: number[] = [];
  // Those starting before the window: in view while they last into it.
  for (let i = from; i < inside && c.events[i]!.t0 <= end; i++)
    if (c.events[i]!.t1 >= start) {
      events.push(c.events[i]!);
      at.push(c.at[i]!);
    }
  if (events.length === 0)
    return { events: c.events.slice(inside, to), at: c.at.subarray(inside, to) };
  for (let i = inside; i < to; i++) {
    events.push(c.events[i]!);
    at.push(c.at[i]!);
  }
  return { events, at };
}

/** The classes' events back in the lane's order (each part is in it already). */
function merge(
  parts: readonly { events: readonly TimelineEvent[]; at: ArrayLike<number> }[],
): readonly TimelineEvent[] {
  const nonEmpty = parts.filter((p) => p.events.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0]!.events;
  let merged = nonEmpty[0]!;
  for (let k = 1; k < nonEmpty.length; k++) {
    const a = merged;
    const b = nonEmpty[k]!;
    const events: TimelineEvent[] = new Array(a.events.length + b.events.length);
    const at = new Int32Array(events.length);
    let i = 0;
    let j = 0;
    for (let n = 0; n < events.length; n++) {
      if (j >= b.events.length || (i < a.events.length && a.at[i]! < b.at[j]!)) {
        events[n] = a.events[i]!;
        at[n] = a.at[i++]!;
      } else {
        events[n] = b.events[j]!;
        at[n] = b.at[j++]!;
      }
    }
    merged = { events, at };
  }
  return merged.events;
}
