import type { ParsedDate, Precision } from '../time/parseDate';
import type { Locale } from './locales';
import { fill } from './messages';

/** The few date phrases whose words and order a language decides (catalogue keys `date.*`). */
export interface DateMessages {
  /** "{date} (approx.)" */
  readonly approximate: string;
  /** "{start} – {end}", for ends that Intl cannot join (different precisions or eras). */
  readonly range: string;
  /** "{date}, {time} {offset}": a time of day with the UTC offset of where it happened. */
  readonly withTime: string;
  /**
   * The era of years before the common era ("BCE", "av. J.-C."), written by the catalogue
   * rather than taken from the browser's Intl data, so it reads the same in every browser.
   */
  readonly bce: string;
}

/** English dates are written day–month–year ("10 January 2022"), as the data's sources do. */
const intlTag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

/** The wall-clock instant of a date's first moment, as a UTC Date (years 0–99 kept as such). */
function wallClock(d: Pick<ParsedDate, 'year' | 'month' | 'day' | 'hour' | 'minute'>): Date {
  const out = new Date(0);
  out.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  out.setUTCHours(d.hour ?? 0, d.minute ?? 0, 0, 0);
  return out;
}

/** "UTC+01:00", "UTC−05:00" (a true minus sign), "UTC". */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const FIELDS: Record<Exclude<Precision, 'minute'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** What an event's date is made of (a TimelineEvent has these). */
export interface DatedEvent {
  readonly startDate: ParsedDate;
  readonly endDate?: ParsedDate;
  readonly approximate?: boolean;
}

export interface DateWords {
  /** One date worded by its precision: "1987", "décembre 2021", "10 janvier 2022, 08:55 UTC+01:00". */
  date(d: ParsedDate): string;
  /** A range joined the locale's way, "(approx.)" only when the data says so. */
  eventDate(start: ParsedDate, end?: ParsedDate, approximate?: boolean): string;
  /** An event's date in words. */
  event(e: DatedEvent): string;
  /** The heading an event is listed under: its day, for an event at a time of day. */
  group(e: DatedEvent): string;
  /**
   * A moment on the axis, worded for the step between ticks. The window's first tick
   * (`first`) also names the month and year (the year, for steps of months) where its
   * step's own words leave them out, so a window inside a month still says which.
   */
  tick(t: Date, step: number, first?: boolean): { label: string; major: boolean };
  /**
   * An instant of the floating axis (epoch ms), to the day or to the minute; to the minute,
   * with the clock the axis reads (the timeline's `clock`, minutes east of UTC) when given.
   */
  instant(ms: number, precision: 'day' | 'minute', clock?: number): string;
  /** A window of the axis, its ends to the day or to the minute, joined the locale's way. */
  window(start: number, end: number, precision: 'day' | 'minute', clock?: number): string;
  /** The twelve month names, January first, as a date picker lists them. */
  months(): string[];
}

const sameDay = (a: ParsedDate, b: ParsedDate) =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** Both ends times of day, on the same day, at the same offset from UTC. */
const oneDayAtOneOffset = (a: ParsedDate, b: ParsedDate) =>
  a.precision === 'minute' &&
  b.precision === 'minute' &&
  sameDay(a, b) &&
  a.offsetMinutes === b.offsetMinutes;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Dates in a reader's language, through Intl.DateTimeFormat (no locale bundles shipped). */
export function createDateWords(locale: Locale, messages: DateMessages): DateWords {
  const tag = intlTag(locale);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (opts: Intl.DateTimeFormatOptions, bce: boolean) => {
    const key = JSON.stringify(opts) + bce;
    let f = cache.get(key);
    if (!f) {
      // Years before the common era say so; others need no era.
      f = new Intl.DateTimeFormat(tag, {
        ...opts,
        ...(bce ? { era: 'short' } : {}),
        timeZone: 'UTC',
      });
      cache.set(key, f);
    }
    return f;
  };
  // Intl's parts, with its era replaced by the catalogue's (only BCE dates ask for one).
  const join = (parts: readonly Intl.DateTimeFormatPart[]) =>
    parts.map((p) => (p.type === 'era' ? messages.bce : p.value)).join('');
  // A dash between two numbers is unspaced, as style guides have it ("1–2 February 2019";
  // British English data in Intl spaces it).
  const joinRange = (parts: readonly Intl.DateTimeRangeFormatPart[]) =>
    join(
      parts.map((p, i) =>
        p.source === 'shared' &&
        p.type === 'literal' &&
        /^\s*[–-]\s*$/.test(p.value) &&
        /^\d+$/.test(parts[i - 1]?.value ?? '') &&
        /^\d+$/.test(parts[i + 1]?.value ?? '')
          ? { ...p, value: '–' }
          : p,
      ),
    );
  const word = (opts: Intl.DateTimeFormatOptions, t: Date) => {
    const bce = t.getUTCFullYear() <= 0;
    return bce ? join(format(opts, true).formatToParts(t)) : format(opts, false).format(t);
  };

  const date = (d: ParsedDate) => {
    if (d.precision !== 'minute') return word(FIELDS[d.precision], wallClock(d));
    const t = wallClock(d);
    return fill(messages.withTime, {
      date: word(FIELDS.day, t),
      time: format(TIME, false).format(t),
      offset: offsetLabel(d.offsetMinutes ?? 0),
    });
  };

  // Two times of one day at one offset: the day and the offset once ("1 July 2021,
  // 10:00–11:30 UTC+02:00"), in the catalogue's words for a time ("…, 10:00–11:30 Uhr …").
  const timesOfOneDay = (start: ParsedDate, end: ParsedDate) =>
    fill(messages.withTime, {
      date: word(FIELDS.day, wallClock(start)),
      time: `${format(TIME, false).format(wallClock(start))}–${format(TIME, false).format(wallClock(end))}`,
      offset: offsetLabel(start.offsetMinutes ?? 0),
    });

  const eventDate = (start: ParsedDate, end?: ParsedDate, approximate = false) => {
    let text = date(start);
    if (end && end.raw !== start.raw) {
      const bce = start.year <= 0;
      // Intl joins two dates of the same precision and era, sharing what they share
      // ("1–2 février 2019"); other pairs are two dates and the catalogue's dash.
      text = oneDayAtOneOffset(start, end)
        ? timesOfOneDay(start, end)
        : end.precision === start.precision && start.precision !== 'minute' && bce === end.year <= 0
          ? joinRange(
              format(FIELDS[start.precision], bce).formatRangeToParts(
                wallClock(start),
                wallClock(end),
              ),
            )
          : fill(messages.range, { start: date(start), end: date(end) });
    }
    return approximate ? fill(messages.approximate, { date: text }) : text;
  };

  const event = (e: DatedEvent) => eventDate(e.startDate, e.endDate, e.approximate);

  // Events at a time of day (or from one time to another that day) are listed under their
  // day, with the times shown on the event.
  const group = (e: DatedEvent) =>
    e.startDate.precision === 'minute' && (!e.endDate || sameDay(e.startDate, e.endDate))
      ? eventDate({ ...e.startDate, precision: 'day' }, undefined, e.approximate)
      : event(e);

  const tick = (t: Date, step: number, first = false) => {
    const year = t.getUTCFullYear();
    if (step < DAY) {
      const midnight = t.getUTCHours() === 0 && t.getUTCMinutes() === 0;
      if (first)
        return midnight
          ? {
              label: word({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, t),
              major: true,
            }
          : {
              label: word({ day: 'numeric', month: 'short', year: 'numeric', ...TIME }, t),
              major: false,
            };
      return midnight
        ? { label: word({ weekday: 'short', day: 'numeric', month: 'short' }, t), major: true }
        : { label: format(TIME, false).format(t), major: false };
    }
    if (step < 28 * DAY) {
      if (t.getUTCDate() === 1 || first)
        return {
          label: word({ day: 'numeric', month: 'short', year: 'numeric' }, t),
          major: t.getUTCDate() === 1,
        };
      // Steps of a week fall on one weekday: the month tells them apart, the weekday not.
      return step < 7 * DAY
        ? { label: format({ weekday: 'short', day: 'numeric' }, false).format(t), major: false }
        : { label: format({ day: 'numeric', month: 'short' }, false).format(t), major: false };
    }
    if (step < 365 * DAY) {
      const jan = t.getUTCMonth() === 0;
      if (jan) return { label: word({ year: 'numeric' }, t), major: true };
      return first
        ? { label: word({ month: 'short', year: 'numeric' }, t), major: false }
        : { label: format({ month: 'short' }, false).format(t), major: false };
    }
    // Before the era a round number is a historian's: 1200 BCE (astronomical -1199).
    const historical = year <= 0 ? 1 - year : year;
    return { label: word({ year: 'numeric' }, t), major: historical % 10 === 0 };
  };

  // The window's ends: Intl's own joining of a day and a time ("10 January 2022 at 08:55").
  // To the minute, the clock follows ("10 January 2022 at 08:55 UTC+01:00").
  const clocked = (text: string, precision: 'day' | 'minute', clock?: number) =>
    precision === 'minute' && clock !== undefined ? `${text} ${offsetLabel(clock)}` : text;

  const instant = (ms: number, precision: 'day' | 'minute', clock?: number) =>
    clocked(
      word(precision === 'day' ? FIELDS.day : { ...FIELDS.day, ...TIME }, new Date(ms)),
      precision,
      clock,
    );

  const window = (a: number, b: number, precision: 'day' | 'minute', clock?: number) => {
    const opts = precision === 'day' ? FIELDS.day : { ...FIELDS.day, ...TIME };
    const [s, e] = [new Date(a), new Date(b)];
    const bce = s.getUTCFullYear() <= 0;
    return clocked(
      bce !== e.getUTCFullYear() <= 0
        ? fill(messages.range, { start: instant(a, precision), end: instant(b, precision) })
        : joinRange(format(opts, bce).formatRangeToParts(s, e)),
      precision,
      clock,
    );
  };

  const months = () => {
    const f = format({ month: 'long' }, false);
    return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2021, m, 1))));
  };

  return { date, eventDate, event, group, tick, instant, window, months };
}
