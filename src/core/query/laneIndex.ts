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
 * grouping by lane: each lane's events (in time order) are split by duration, and a query
 * binary searches each class (see inView).
 */
export function createLaneIndex(events: readonly TimelineEvent[]): LaneIndex {
  const byLane = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const list = byLane.get(e.lane);
    if (list) list.push(e);
    else byLane.set(e.lane, [e]);
  }
  const lanes = [...byLane].map(([lane, list]) => ({
    lane,
    list,
    classes: classesOf(list),
    // Which of the lane's events a query has found, cleared as they are collected.
    found: new Uint8Array(list.length),
  }));
  return {
    query(start, end) {
      const out = new Map<string, readonly TimelineEvent[]>();
      for (const { lane, list, classes, found } of lanes) {
        const events =
          start <= list[0]!.t0 && end >= list[list.length - 1]!.t0
            ? list
            : inView(list, classes, found, start, end);
        if (events.length) out.set(lane, events);
      }
      return out;
    },
  };
}

/**
 * A lane's events in view. Each class's are a run that starts inside the window (all in view)
 * and the few before it that last into it; the classes are merged back into the lane's order
 * by marking each one found by its place in the lane, then collecting the marked in order.
 */
function inView(
  list: readonly TimelineEvent[],
  classes: readonly DurationClass[],
  found: Uint8Array,
  start: number,
  end: number,
): readonly TimelineEvent[] {
  let lo = list.length;
  let hi = -1;
  const runs: { readonly c: DurationClass; readonly from: number; readonly to: number }[] = [];
  for (const c of classes) {
    const first = firstStartingAt(c.events, start - c.limit);
    const inside = firstStartingAt(c.events, start);
    for (let i = first; i < inside; i++)
      if (c.events[i]!.t1 >= start) {
        const at = c.at[i]!;
        found[at] = 1;
        lo = Math.min(lo, at);
        hi = Math.max(hi, at);
      }
    const last = Math.max(inside, firstStartingAfter(c.events, end));
    if (last > inside) runs.push({ c, from: inside, to: last });
  }
  // One run and nothing from before the window: that run is the answer as it stands.
  if (hi < 0 && runs.length <= 1)
    return runs.length ? runs[0]!.c.events.slice(runs[0]!.from, runs[0]!.to) : [];
  for (const { c, from, to } of runs) {
    for (let i = from; i < to; i++) found[c.at[i]!] = 1;
    lo = Math.min(lo, c.at[from]!);
    hi = Math.max(hi, c.at[to - 1]!);
  }
  const out: TimelineEvent[] = [];
  for (let i = lo; i <= hi; i++)
    if (found[i]) {
      found[i] = 0;
      out.push(list[i]!);
    }
  return out;
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

/** The first index from `from` on whose event starts at or after `t` (events in time order). */
export function firstStartingAt(events: readonly TimelineEvent[], t: number, from = 0): number {
  let lo = from;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t0 < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose event starts after `t` (events in time order). */
function firstStartingAfter(events: readonly TimelineEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t0 <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
