import { lightFormat } from 'date-fns';
import { MONTHS } from './names';
import { wordYear } from './years';
import type { ParsedDate } from './parseDate';

// A local Date built from the parts, so date-fns words the same day in every time zone.
function local(d: ParsedDate): Date {
  const out = new Date(2000, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
  out.setFullYear(d.year);
  return out;
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * One date worded by its precision: "1987", "December 2021", "10 January 2022, 08:55 UTC+01:00";
 * early years without padding ("800"), years before the common era as "44 BCE".
 */
export function wordDate(d: ParsedDate): string {
  const when = local(d);
  const year = wordYear(d.year);
  switch (d.precision) {
    case 'year':
      return year;
    case 'month':
      return `${MONTHS[when.getMonth()]} ${year}`;
    case 'day':
      return `${when.getDate()} ${MONTHS[when.getMonth()]} ${year}`;
    case 'minute':
      return `${when.getDate()} ${MONTHS[when.getMonth()]} ${year}, ${lightFormat(when, 'HH:mm')} ${offsetLabel(d.offsetMinutes ?? 0)}`;
  }
}

/**
 * An event's date: a range shares what its ends share ("1–2 February 2019"), and
 * "(approx.)" appears only when the data says the date is approximate.
 */
export function wordEventDate(start: ParsedDate, end?: ParsedDate, approximate = false): string {
  let text = wordDate(start);
  if (end && end.raw !== start.raw) {
    const sameMonthDays =
      start.precision === 'day' &&
      end.precision === 'day' &&
      start.year === end.year &&
      start.month === end.month;
    text = sameMonthDays
      ? `${start.day}–${wordDate(end)}`
      : `${wordDate(start)} – ${wordDate(end)}`;
  }
  return approximate ? `${text} (approx.)` : text;
}
