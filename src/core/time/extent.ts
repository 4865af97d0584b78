import type { TimelineEvent } from '../model/timeline';
import { epochMs, type EpochMs } from '../units';

const DAY = 86_400_000;
/** The narrowest window the view zooms to. */
export const MIN_SPAN = 2 * 3_600_000;

/** The span of all events, with a margin of 4% each side (at least a day). */
export function fullExtent(events: readonly TimelineEvent[]): readonly [EpochMs, EpochMs] {
  if (events.length === 0) {
    const now = Date.UTC(2022, 0, 1);
    return [epochMs(now - 30 * DAY), epochMs(now + 30 * DAY)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.t0 < lo) lo = e.t0;
    if (e.t1 > hi) hi = e.t1;
  }
  const pad = Math.max((hi - lo) * 0.04, DAY);
  return [epochMs(lo - pad), epochMs(hi + pad)];
}

/** A window of the same span centred on t, kept inside the extent. */
export function centreOn(
  window: readonly [number, number],
  t: number,
  extent: readonly [number, number],
): readonly [EpochMs, EpochMs] {
  const span = Math.min(window[1] - window[0], extent[1] - extent[0]);
  const start = Math.min(Math.max(t - span / 2, extent[0]), extent[1] - span);
  return [epochMs(start), epochMs(start + span)];
}

/** The window zoomed by k (>1 zooms in) about t, its span kept within [MIN_SPAN, extent]. */
export function zoomWindow(
  window: readonly [number, number],
  k: number,
  t: number,
  extent: readonly [number, number],
): readonly [EpochMs, EpochMs] {
  const span = Math.min(Math.max((window[1] - window[0]) / k, MIN_SPAN), extent[1] - extent[0]);
  const f = (t - window[0]) / (window[1] - window[0]);
  const start = Math.min(Math.max(t - f * span, extent[0]), extent[1] - span);
  return [epochMs(start), epochMs(start + span)];
}

/** The window moved by a fraction of its span (positive: later), kept inside the extent. */
export function panWindow(
  window: readonly [number, number],
  fraction: number,
  extent: readonly [number, number],
): readonly [EpochMs, EpochMs] {
  const span = window[1] - window[0];
  const start = Math.min(Math.max(window[0] + fraction * span, extent[0]), extent[1] - span);
  return [epochMs(start), epochMs(start + span)];
}

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

/** The events overlapping [start, end], in time order. */
export function visibleEvents(
  events: readonly TimelineEvent[],
  start: number,
  end: number,
  maxDuration: number,
): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let i = firstEndingAfter(events, start, maxDuration); i < events.length; i++) {
    const e = events[i]!;
    if (e.t0 > end) break;
    if (e.t1 >= start) out.push(e);
  }
  return out;
}

export const maxDurationOf = (events: readonly TimelineEvent[]) =>
  events.reduce((m, e) => Math.max(m, e.t1 - e.t0), 0);

/** A named window with a little room each side, so marks at its edges are not cut. */
export function padWindow(
  w: readonly [number, number],
  fraction = 0.02,
): readonly [EpochMs, EpochMs] {
  const pad = (w[1] - w[0]) * fraction;
  return [epochMs(w[0] - pad), epochMs(w[1] + pad)];
}
