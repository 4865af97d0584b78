import { DAY, HOUR } from './durations';
import { epochMs, type EpochMs } from '../units';

/** A window of time on the axis: [start, end), start < end. */
export type TimeWindow = readonly [EpochMs, EpochMs];

/** Anything that occupies time on the axis: an event's mark, a chapter. */
export interface Span {
  readonly t0: number;
  readonly t1: number;
}

/** How far the view may go: never outside `extent`, never narrower than `minSpan`. */
export interface WindowLimits {
  readonly extent: TimeWindow;
  readonly minSpan: number;
}

/** The narrowest window the view zooms to. */
export const MIN_SPAN = 2 * HOUR;

/**
 * The one owner of the time window's arithmetic. Every move the view makes (zoom, pan, fit,
 * chapter, reveal) goes through these functions, so the limits are enforced in one place
 * and d3-zoom's own constraints are derived from the same numbers (`zoomScaleExtent`).
 */

/** The span of all events with a margin of 4% each side (at least a day). */
export function dataExtent(spans: readonly Span[]): TimeWindow {
  if (spans.length === 0) {
    const now = Date.UTC(2022, 0, 1);
    return [epochMs(now - 30 * DAY), epochMs(now + 30 * DAY)];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.t0 < lo) lo = s.t0;
    if (s.t1 > hi) hi = s.t1;
  }
  const pad = Math.max((hi - lo) * 0.04, DAY);
  return [epochMs(lo - pad), epochMs(hi + pad)];
}

export function windowLimits(spans: readonly Span[]): WindowLimits {
  return { extent: dataExtent(spans), minSpan: MIN_SPAN };
}

/** d3-zoom's scale extent for a base scale over the whole extent: [1, extent / minSpan]. */
export function zoomScaleExtent(limits: WindowLimits): [number, number] {
  return [1, Math.max(1, (limits.extent[1] - limits.extent[0]) / limits.minSpan)];
}

/** The window moved and narrowed as little as possible to obey the limits. */
export function clampWindow(w: readonly [number, number], limits: WindowLimits): TimeWindow {
  const [lo, hi] = limits.extent;
  const wanted = Number.isFinite(w[1] - w[0]) ? w[1] - w[0] : hi - lo;
  const span = Math.min(Math.max(wanted, limits.minSpan), hi - lo);
  const mid = (w[0] + w[1]) / 2;
  const start = Math.min(Math.max(Number.isFinite(mid) ? mid - span / 2 : lo, lo), hi - span);
  return [epochMs(start), epochMs(start + span)];
}

/** A named window with a little room each side, so marks at its edges are not cut. */
export function padWindow(w: readonly [number, number], fraction = 0.02): TimeWindow {
  const pad = (w[1] - w[0]) * fraction;
  return [epochMs(w[0] - pad), epochMs(w[1] + pad)];
}

/**
 * The share of the view kept clear right of a named window's last instant, so the labels of
 * the events at its end (which hang to the right of their marks) are on screen with them.
 */
export const LABEL_ROOM = 0.15;

/**
 * A named window (a chapter) as shown: padded a little so marks at its edges are not cut,
 * and widened on the right so events at its end have `labelRoom` of the view for their
 * labels: every event of the chapter is in view with its label.
 */
export function chapterWindow(
  c: { readonly start: number; readonly end: number },
  limits: WindowLimits,
  labelRoom = LABEL_ROOM,
): TimeWindow {
  const [a, b] = padWindow([c.start, c.end]);
  const room = Math.min(Math.max(labelRoom, 0), 0.5);
  // The room is taken on the right only, up to the end of the data: the chapter's start
  // stays where it is.
  const end = Math.min(Math.max(b, a + (c.end - a) / (1 - room)), Math.max(b, limits.extent[1]));
  return clampWindow([a, end], limits);
}

/** The first window: the data's own `view`, shown as a chapter is, else everything. */
export function initialWindow(
  view: readonly [number, number] | null,
  limits: WindowLimits,
  labelRoom = LABEL_ROOM,
): TimeWindow {
  return view ? chapterWindow({ start: view[0], end: view[1] }, limits, labelRoom) : limits.extent;
}

/** The window zoomed by k (>1 zooms in) about instant t, which stays where it was on screen. */
export function zoomAbout(
  w: readonly [number, number],
  k: number,
  t: number,
  limits: WindowLimits,
): TimeWindow {
  const [lo, hi] = limits.extent;
  const span = Math.min(Math.max((w[1] - w[0]) / k, limits.minSpan), hi - lo);
  const f = (t - w[0]) / (w[1] - w[0]);
  const start = Math.min(Math.max(t - f * span, lo), hi - span);
  return [epochMs(start), epochMs(start + span)];
}

/** Whether the window is as narrow as the limits let it be (a float's width aside). */
export const atNarrowest = (w: readonly [number, number], limits: WindowLimits) =>
  w[1] - w[0] <= limits.minSpan * 1.01;

/** The window moved by a fraction of its span (positive: later), stopping at the ends. */
export function panBy(w: readonly [number, number], fraction: number, limits: WindowLimits) {
  const span = w[1] - w[0];
  return clampWindow([w[0] + fraction * span, w[1] + fraction * span], limits);
}

/** A window of the same span centred on instant t, kept inside the limits. */
export function centreOn(w: readonly [number, number], t: number, limits: WindowLimits) {
  const span = w[1] - w[0];
  return clampWindow([t - span / 2, t + span / 2], limits);
}

/**
 * A window that shows all of `spans`, with `room` (a fraction of the result's span) on each
 * side so marks at the ends and the labels after them stay on screen.
 */
export function fitSpans(
  spans: readonly Span[],
  limits: WindowLimits,
  room = 0.06,
): TimeWindow | null {
  if (spans.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.t0 < lo) lo = s.t0;
    if (s.t1 > hi) hi = s.t1;
  }
  const span = Math.max(hi - lo, limits.minSpan);
  const mid = (lo + hi) / 2;
  const half = span / 2 / (1 - 2 * Math.min(room, 0.45));
  return clampWindow([mid - half, mid + half], limits);
}

/**
 * The least move that brings a span into view: none when it already overlaps the window;
 * else the same zoom centred on it; else (wider than the window) a fit.
 */
export function revealSpan(
  w: readonly [number, number],
  s: Span,
  limits: WindowLimits,
): TimeWindow {
  if (s.t1 >= w[0] && s.t0 <= w[1]) return [epochMs(w[0]), epochMs(w[1])];
  if (s.t1 - s.t0 <= (w[1] - w[0]) * 0.8) return centreOn(w, (s.t0 + s.t1) / 2, limits);
  return fitSpans([s], limits) ?? [epochMs(w[0]), epochMs(w[1])];
}

/** True when two windows are the same to within a millisecond. */
export const sameWindow = (a: readonly [number, number] | null, b: readonly [number, number]) =>
  !!a && Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;

/** How many of `spans` overlap the window: what a search's results have on screen. */
export function countInWindow(spans: readonly Span[], w: readonly [number, number]): number {
  let n = 0;
  for (const s of spans) if (s.t1 >= w[0] && s.t0 <= w[1]) n++;
  return n;
}
