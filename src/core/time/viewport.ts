import type { EpochMs } from '../units';
import { epochMs } from '../units';

/**
 * The visible window of time, as an immutable value (after d3-zoom's Transform): every
 * operation returns a new Viewport, or `this` when nothing changes.
 */
export class Viewport {
  constructor(
    readonly start: EpochMs,
    readonly end: EpochMs,
  ) {}

  get span(): number {
    return this.end - this.start;
  }

  /** Zoom by factor k (>1 zooms in) about the instant `at`. */
  zoom(k: number, at: EpochMs = epochMs((this.start + this.end) / 2)): Viewport {
    if (k === 1) return this;
    return new Viewport(epochMs(at - (at - this.start) / k), epochMs(at + (this.end - at) / k));
  }

  /** Move by `ms` (positive: later). */
  pan(ms: number): Viewport {
    if (ms === 0) return this;
    return new Viewport(epochMs(this.start + ms), epochMs(this.end + ms));
  }

  /** Keep the window inside [min, max] and its span within [minSpan, max - min]. */
  clamp(min: EpochMs, max: EpochMs, minSpan: number): Viewport {
    let span = Math.min(Math.max(this.span, minSpan), max - min);
    const mid = (this.start + this.end) / 2;
    let start = Math.min(Math.max(mid - span / 2, min), max - span);
    if (!Number.isFinite(start)) start = min;
    span = Math.max(span, 1);
    const next = new Viewport(epochMs(start), epochMs(start + span));
    return next.equals(this) ? this : next;
  }

  contains(t: number): boolean {
    return t >= this.start && t <= this.end;
  }

  equals(o: Viewport, tolerance = 1): boolean {
    return Math.abs(o.start - this.start) <= tolerance && Math.abs(o.end - this.end) <= tolerance;
  }
}
