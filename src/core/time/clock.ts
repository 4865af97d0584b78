import { MINUTE } from './durations';
import type { ParsedDate } from './parseDate';

/**
 * The clock a timeline's times of day are drawn by. A time of day is placed at its true
 * instant as this clock reads it, so events at different offsets from UTC are drawn in the
 * order they happened and a range from Moscow to Geneva as long as it lasted. The clock is the
 * offset the data's times give most often (the first met, on a tie): when every time is at
 * one offset, each sits at its own wall-clock time, inside the day its date names.
 */

// A contract time of day ends in its offset: "…T08:55+01:00", "…T08:55Z".
const OFFSET = /T\d\d:\d\d(?:Z|([+-])(\d\d):(\d\d))$/;

/** Minutes east of UTC that a contract time of day gives; undefined for a date or junk. */
export function offsetOf(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = OFFSET.exec(raw);
  if (!m) return undefined;
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The offset (minutes east of UTC) most of `dates` give; undefined when none is a time. */
export function commonOffset(dates: Iterable<unknown>): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const raw of dates) {
    const offset = offsetOf(raw);
    if (offset === undefined) continue;
    const n = (counts.get(offset) ?? 0) + 1;
    counts.set(offset, n);
    if (n > bestCount) {
      best = offset;
      bestCount = n;
    }
  }
  return best;
}

/** The starts and ends of raw (unchecked) events, for commonOffset. */
export function* eventDates(items: readonly unknown[]): Generator<unknown> {
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const e = item as { start?: unknown; end?: unknown };
    yield e.start;
    yield e.end;
  }
}

/**
 * Whether a range's end comes before its start: 'before' when it does, 'inside' when the end
 * falls within the start's own span but ends first ("2026-03" after "2026"), else null. Two
 * times of day compare as instants (a range may start in Moscow and end in Geneva); any other
 * pair as the dates they name, each at its own wall-clock time.
 */
export function endBeforeStart(start: ParsedDate, end: ParsedDate): 'before' | 'inside' | null {
  if (start.precision === 'minute' && end.precision === 'minute')
    return end.instantMs! < start.instantMs! ? 'before' : null;
  const [s0, s1] = wallSpan(start);
  const [e0, e1] = wallSpan(end);
  if (e1 >= s1) return null;
  return e0 < s0 ? 'before' : 'inside';
}

function wallSpan(d: ParsedDate): [number, number] {
  if (d.precision !== 'minute') return [d.startMs, d.endMs];
  const wall = d.instantMs! + d.offsetMinutes! * MINUTE;
  return [wall, wall + MINUTE];
}
