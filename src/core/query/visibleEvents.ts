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
