import type { ParsedDate, Precision } from '../time/parseDate';
import type { Locale } from './locales';
import { fill } from './messages';

/** The few date phrases whose word order a language decides. */
export interface DateMessages {
  /** "{date} (approx.)" */
  readonly approximate: string;
  /** "{start} – {end}", for ends that Intl cannot join (different precisions). */
  readonly range: string;
  /** "{dateTime} {offset}": a time of day with the UTC offset of where it happened. */
  readonly withOffset: string;
}

/** English dates are written day–month–year ("10 January 2022"), as the data's sources do. */
const intlTag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

/** The wall-clock instant of a date's first moment, as a UTC Date (years 0–99 kept as such). */
function wallClock(d: ParsedDate): Date {
  const out = new Date(0);
  out.setUTCFullYear(d.year, (d.month ?? 1) - 1, d.day ?? 1);
  out.setUTCHours(d.hour ?? 0, d.minute ?? 0, 0, 0);
  return out;
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

export interface DateWords {
  /** One date worded by its precision: "1987", "décembre 2021", "10 janvier 2022, 08:55 UTC+01:00". */
  date(d: ParsedDate): string;
  /** An event's date: a range joined the locale's way, "(approx.)" only when the data says so. */
  eventDate(start: ParsedDate, end?: ParsedDate, approximate?: boolean): string;
  /** A moment on the axis, worded for the step between ticks. */
  tick(t: Date, step: number): { label: string; major: boolean };
}

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
      // Years before the common era say so ("44 BC", "44 av. J.-C."); others need no era.
      f = new Intl.DateTimeFormat(tag, {
        ...opts,
        ...(bce ? { era: 'short' } : {}),
        timeZone: 'UTC',
      });
      cache.set(key, f);
    }
    return f;
  };
  const bce = (d: ParsedDate) => d.year <= 0;

  const date = (d: ParsedDate) => {
    const text = format(FIELDS[d.precision], bce(d)).format(wallClock(d));
    return d.precision === 'minute'
      ? fill(messages.withOffset, { dateTime: text, offset: offsetLabel(d.offsetMinutes ?? 0) })
      : text;
  };

  const eventDate = (start: ParsedDate, end?: ParsedDate, approximate = false) => {
    let text = date(start);
    if (end && end.raw !== start.raw) {
      // Intl joins two dates of the same precision, sharing what they share ("1–2 février 2019").
      text =
        end.precision === start.precision && start.precision !== 'minute'
          ? format(FIELDS[start.precision], bce(start) || bce(end)).formatRange(
              wallClock(start),
              wallClock(end),
            )
          : fill(messages.range, { start: date(start), end: date(end) });
    }
    return approximate ? fill(messages.approximate, { date: text }) : text;
  };

  const tick = (t: Date, step: number) => {
    const year = t.getUTCFullYear();
    const era = year <= 0;
    if (step < DAY) {
      const midnight = t.getUTCHours() === 0 && t.getUTCMinutes() === 0;
      return midnight
        ? {
            label: format({ weekday: 'short', day: 'numeric', month: 'short' }, era).format(t),
            major: true,
          }
        : {
            label: format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, false).format(
              t,
            ),
            major: false,
          };
    }
    if (step < 28 * DAY) {
      const first = t.getUTCDate() === 1;
      return first
        ? {
            label: format({ day: 'numeric', month: 'short', year: 'numeric' }, era).format(t),
            major: true,
          }
        : { label: format({ weekday: 'short', day: 'numeric' }, false).format(t), major: false };
    }
    if (step < 365 * DAY) {
      const jan = t.getUTCMonth() === 0;
      return jan
        ? { label: format({ year: 'numeric' }, era).format(t), major: true }
        : { label: format({ month: 'short' }, false).format(t), major: false };
    }
    return { label: format({ year: 'numeric' }, era).format(t), major: year % 10 === 0 };
  };

  return { date, eventDate, tick };
}
