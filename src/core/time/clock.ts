import { MINUTE } from './durations';
import type { ParsedDate } from './parseDate';

/**
 * The clock a timeline's times of day are drawn by. A time of day is placed at its true
 * instant as this clock reads it, so events at different offsets from UTC are drawn in the
 * order they happened and a range from Moscow to Geneva as long as it lasted. The clock is the
 * offset the data's times give most often (the first met, on a tie): when every time is at
 * one offset, each sits at its own wall-clock time, inside the day its date names.
 */

// A contract time of day ends in its offset: "…T08:55+01:00", "…T08:55Z". Read by character
// codes, not a regex: the clock is found before anything else, over every event's dates.
const T = 84;
const Z = 90;
const COLON = 58;
const digit = (s: string, i: number) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};

/** Minutes east of UTC that a contract time of day gives; undefined for a date or junk. */
export function offsetOf(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = raw.length;
  if (raw.charCodeAt(n - 1) === Z) return raw.charCodeAt(n - 7) === T ? 0 : undefined;
  const sign = raw.charCodeAt(n - 6);
  if ((sign !== 43 && sign !== 45) || raw.charCodeAt(n - 3) !== COLON) return undefined;
  if (raw.charCodeAt(n - 12) !== T) return undefined;
  const hh = digit(raw, n - 5) * 10 + digit(raw, n - 4);
  const mm = digit(raw, n - 2) * 10 + digit(raw, n - 1);
  if (Number.isNaN(hh + mm)) return undefined;
  return (sign === 45 ? -1 : 1) * (hh * 60 + mm);
}

/** The offset (minutes east of UTC) most of `dates` give; undefined when none is a time. */
export function commonOffset(dates: readonly unknown[]): number | undefined {
  // Counted in the order first met, so a tie goes to the first.
  const counts = new Map<number, number>();
  for (const raw of dates) {
    // A date is at most 14 characters ("+123456-01-10"), a time of day at least 17.
    if (typeof raw !== 'string' || raw.length < 16) continue;
    const offset = offsetOf(raw);
    if (offset !== undefined) counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [offset, n] of counts)
    if (n > most) {
      best = offset;
      most = n;
    }
  return best;
}

/** The clock of raw (unchecked) events: the offset their starts and ends give most often. */
export function clockOf(items: readonly unknown[]): number | undefined {
  const dates: unknown[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const e = item as { start?: unknown; end?: unknown };
    // Only times of day are counted: most of 100,000 events' dates are not, and stay out.
    if (typeof e.start === 'string' && e.start.length >= 16) dates.push(e.start);
    if (typeof e.end === 'string' && e.end.length >= 16) dates.push(e.end);
  }
  return commonOffset(dates);
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
