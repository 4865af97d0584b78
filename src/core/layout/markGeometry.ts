import type { TimelineEvent } from '../model/timeline';
import type { ParsedDate } from '../time/parseDate';

/**
 * How an event's date is drawn: a point (a day or a time), a range (from its start to its
 * end), or a period (one date known only to its month or year, spanning all of it).
 */
export type MarkShape = 'point' | 'range' | 'period';

/** An event's mark along the axis, px from the view's left edge; it may run off either edge. */
export interface MarkGeometry {
  readonly shape: MarkShape;
  /**
   * The left and right ends of the time the mark stands for. A range runs from the start of
   * its start's period to the end of its end's (December 2021 – 10 January 2022 begins on
   * 1 December and ends as 10 January does); a period covers its month or year; a point is
   * at its instant, or the start of its day (x0 = x1).
   */
  readonly x0: number;
  readonly x1: number;
  /** A point's whole day, drawn when zoomed in far enough for the day to have width. */
  readonly day: readonly [number, number] | null;
  /** The parts of a range that stand for an imprecise start or end (a month or a year). */
  readonly vagueStart: readonly [number, number] | null;
  readonly vagueEnd: readonly [number, number] | null;
  readonly approximate: boolean;
  readonly background: boolean;
  /** Not yet cited: drawn hollow and dotted, in a muted colour, its label in italics. */
  readonly uncited: boolean;
  /** The mark runs off the left (or right) edge of the view, and is drawn to the edge. */
  readonly offLeft: boolean;
  readonly offRight: boolean;
}

/** A day narrower than this is drawn as its dot alone. */
export const MIN_DAY_PX = 6;

const vague = (d: ParsedDate) => d.precision === 'month' || d.precision === 'year';

/**
 * An event's mark for a view `width` px wide, with `x` the time scale (the same linear map
 * as the axis; a reversed range, for time running right to left, works the same).
 */
export function markGeometry(
  e: TimelineEvent,
  x: (t: number) => number,
  width: number,
): MarkGeometry {
  const span = (a: number, b: number) => {
    const xa = x(a);
    const xb = x(b);
    return [Math.min(xa, xb), Math.max(xa, xb)] as const;
  };
  const end = e.endDate && e.endDate.raw !== e.start ? e.endDate : undefined;
  const shape: MarkShape = end ? 'range' : vague(e.startDate) ? 'period' : 'point';
  let x0: number;
  let x1: number;
  let day: readonly [number, number] | null = null;
  if (shape === 'point') {
    x0 = x1 = x(e.t0);
    if (e.startDate.precision === 'day') {
      const d = span(e.startDate.startMs, e.startDate.endMs);
      if (d[1] - d[0] >= MIN_DAY_PX) day = d;
    }
  } else {
    [x0, x1] = span(e.t0, e.t1);
  }
  const right = day ? day[1] : x1;
  const left = day ? day[0] : x0;
  return {
    shape,
    x0,
    x1,
    day,
    vagueStart: end && vague(e.startDate) ? span(e.startDate.startMs, e.startDate.endMs) : null,
    vagueEnd: end && vague(end) ? span(end.startMs, end.endMs) : null,
    approximate: e.approximate === true,
    background: e.background === true,
    uncited: e.status === 'uncited',
    offLeft: shape !== 'point' || day ? left < 0 && right > 0 : false,
    offRight: shape !== 'point' || day ? right > width && left < width : false,
  };
}
