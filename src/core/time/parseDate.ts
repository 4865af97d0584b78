import { getDaysInMonth } from 'date-fns';
import { epochMs, type EpochMs } from '../units';
import { MINUTE } from './durations';

export type Precision = 'year' | 'month' | 'day' | 'minute';

/** A contract date, parsed once: its parts, and the span of time it stands for. */
export interface ParsedDate {
  readonly raw: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12 */
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  /** Minutes east of UTC, for minute precision. */
  readonly offsetMinutes?: number;
  /** For a time of day: the true instant, in UTC. */
  readonly instantMs?: EpochMs;
  /**
   * Start of the span on the floating axis: a date at UTC midnight; a time of day at its true
   * instant as the timeline's clock reads it (clock.ts), or at its own wall-clock time.
   */
  readonly startMs: EpochMs;
  /** First instant after the span (a day-precision date spans 24 hours). */
  readonly endMs: EpochMs;
}

export type DateResult = { ok: true; value: ParsedDate } | { ok: false; message: string };

// A year of four digits with an optional "-", or five or six with a sign (ISO 8601 expanded).
const PATTERN =
  /^(-?\d{4}|[+-]\d{5,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not (the slow path, rarely taken).
function utc(year: number, monthIndex = 0, day = 1, hour = 0, minute = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/**
 * Parses a contract date. Years are astronomical (ISO 8601, EDTF): "0000" is 1 BCE and
 * "-0043" is 44 BCE. Dates are "floating": placed at UTC midnight, so a day is the
 * same day wherever the reader is. A time of day sits at its instant as `clock` (minutes east
 * of UTC) reads it; without a clock, at its own wall-clock time.
 */
export function parseDate(raw: string, clock?: number): DateResult {
  const m = PATTERN.exec(raw);
  if (!m) {
    return {
      ok: false,
      message: `"${raw}" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+01:00 (years before 1000 keep four digits, "0800"; before the common era they are astronomical, "-0043" is 44 BCE)`,
    };
  }
  if (m[1] === '-0000')
    return { ok: false, message: `"${raw}": year zero has no sign (write "0000")` };
  const year = Number(m[1]);
  // Beyond about 271,800 years from 1970 a JavaScript date cannot hold it.
  if (!Number.isFinite(utc(year)) || !Number.isFinite(utc(year + 1)))
    return { ok: false, message: `"${raw}" is further from today than this tool can place` };
  if (m[2] === undefined) {
    return ok({
      raw,
      precision: 'year',
      year,
      startMs: epochMs(utc(year)),
      endMs: epochMs(utc(year + 1)),
    });
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, message: `"${raw}" has no month ${m[2]}` };
  if (m[3] === undefined) {
    return ok({
      raw,
      precision: 'month',
      year,
      month,
      startMs: epochMs(utc(year, month - 1)),
      endMs: epochMs(utc(year, month)),
    });
  }
  const day = Number(m[3]);
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      message: `"${raw}" is not a calendar date (${m[1]}-${m[2]} has ${days} days)`,
    };
  }
  if (m[4] === undefined) {
    return ok({
      raw,
      precision: 'day',
      year,
      month,
      day,
      startMs: epochMs(utc(year, month - 1, day)),
      endMs: epochMs(utc(year, month - 1, day + 1)),
    });
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59)
    return { ok: false, message: `"${raw}" has no time ${m[4]}:${m[5]}` };
  const offsetMinutes =
    m[6] === 'Z' ? 0 : (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  if (Math.abs(offsetMinutes) > 14 * 60)
    return { ok: false, message: `"${raw}" has an impossible UTC offset` };
  // Floating like the dates: with the clock at its own offset, "08:55" on 10 January sits at
  // 08:55 of the day that "2022-01-10" spans. `instantMs` keeps the true moment.
  const wall = utc(year, month - 1, day, hour, minute);
  const placed = clock === undefined ? wall : wall + (clock - offsetMinutes) * MINUTE;
  return ok({
    raw,
    precision: 'minute',
    year,
    month,
    day,
    hour,
    minute,
    offsetMinutes,
    startMs: epochMs(placed),
    endMs: epochMs(placed + MINUTE),
    instantMs: epochMs(wall - offsetMinutes * MINUTE),
  });
}

// Every ParsedDate gets the same keys in the same order, so code reading them stays fast.
const ok = (v: ParsedDate): DateResult => ({
  ok: true,
  value: {
    raw: v.raw,
    precision: v.precision,
    year: v.year,
    month: v.month,
    day: v.day,
    hour: v.hour,
    minute: v.minute,
    offsetMinutes: v.offsetMinutes,
    instantMs: v.instantMs,
    startMs: v.startMs,
    endMs: v.endMs,
  },
});

// Validating 100,000 events asks for the same few hundred months again and again.
const monthLengths = new Map<number, number>();
function daysIn(year: number, month: number): number {
  const key = year * 16 + month;
  let days = monthLengths.get(key);
  if (days === undefined) {
    const probe = new Date(2000, month - 1, 1);
    probe.setFullYear(year);
    days = getDaysInMonth(probe);
    monthLengths.set(key, days);
  }
  return days;
}
