import type { TimelineEvent } from '../model/timeline';

/** Index of the first event with t1 >= t in events sorted by t0 — a start for visible-range scans. */
export function firstEndingAfter(
  events: readonly TimelineEvent[],
  t: number,
  maxDuration: number,
): number {
  // Events are sorted by t0; an event ending after t starts after t - maxDuration.
  let lo = 0;
  let hi = events.length;
  const from = t - maxDuration;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t0 < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The events overlapping [start, end], in time order. When the window holds them all (zoomed
 * out on a large dataset, every zoom frame) that is `events` itself, not a copy.
 */
export function visibleEvents(
  events: readonly TimelineEvent[],
  start: number,
  end: number,
  maxDuration: number,
): readonly TimelineEvent[] {
  if (events.length === 0 || (start <= events[0]!.t0 && end >= events[events.length - 1]!.t0))
    return events;
  const out: TimelineEvent[] = [];
  for (let i = firstEndingAfter(events, start, maxDuration); i < events.length; i++) {
    const e = events[i]!;
    if (e.t0 > end) break;
    if (e.t1 >= start) out.push(e);
  }
  return out;
}

/** The longest duration of any event: how far back a scan for events in view must look. */
export const maxDurationOf = (events: readonly TimelineEvent[]) =>
  events.reduce((m, e) => Math.max(m, e.t1 - e.t0), 0);

/** Events in view, asked for on every zoom frame: see createVisibleIndex. */
export interface VisibleIndex {
  query(start: number, end: number): readonly TimelineEvent[];
}

/**
 * An index for visibleEvents over one list (in time order). A scan from the window's start
 * must look back as far as the longest event lasts, and one long range (a war, a treaty's
 * life) would make every scan start near the beginning of the data. So the longest 1% (at
 * most, by default) are kept apart and checked one by one; the rest are scanned from a binary search.
 */
export function createVisibleIndex(
  events: readonly TimelineEvent[],
  /** The share of the longest events kept apart. */
  longShare = 0.01,
): VisibleIndex {
  const durations = Float64Array.from(events, (e) => e.t1 - e.t0).sort();
  const limit = durations[Math.floor(durations.length * (1 - longShare))] ?? 0;
  const short: TimelineEvent[] = [];
  const shortAt: number[] = [];
  const long: TimelineEvent[] = [];
  const longAt: number[] = [];
  events.forEach((e, i) => {
    if (e.t1 - e.t0 > limit) {
      long.push(e);
      longAt.push(i);
    } else {
      short.push(e);
      shortAt.push(i);
    }
  });
  return {
    query(start, end) {
      if (events.length === 0 || (start <= events[0]!.t0 && end >= events[events.length - 1]!.t0))
        return events;
      const out: TimelineEvent[] = [];
      let l = 0;
      while (l < long.length && !(long[l]!.t0 <= end && long[l]!.t1 >= start)) l++;
      // Both lists keep the data's order: merge them by their places in it.
      for (let i = firstEndingAfter(short, start, limit); i < short.length; i++) {
        const e = short[i]!;
        if (e.t0 > end) break;
        if (e.t1 < start) continue;
        while (l < long.length && longAt[l]! < shortAt[i]!) {
          out.push(long[l]!);
          do l++;
          while (l < long.length && !(long[l]!.t0 <= end && long[l]!.t1 >= start));
        }
        out.push(e);
      }
      for (; l < long.length; l++) {
        const e = long[l]!;
        if (e.t0 <= end && e.t1 >= start) out.push(e);
      }
      return out;
    },
  };
}
