/**
 * TimelineJS dates are objects of parts ({ year, month, day, hour, minute }, numbers or
 * strings); the parts given are the precision. Its years are historians' years: it shows
 * year -44 as "44 BCE" (and has a year 0), where ours are astronomical (-0043 is 44 BCE).
 */
import type { ParsedDate } from '../time/parseDate';
import { isoYear } from '../time/years';

export interface TljsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
  format?: string;
}

/** TimelineJS year → astronomical: -44 (44 BCE) → -43; 0 is read as 1 BCE. */
export const fromTljsYear = (y: number) => (y < 0 ? y + 1 : y);
/** Astronomical year → TimelineJS: -43 → -44, 0 (1 BCE) → -1. */
export const toTljsYear = (y: number) => (y <= 0 ? y - 1 : y);

const pad = (n: number) => String(n).padStart(2, '0');

function part(v: unknown): number | undefined | null {
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(v).trim();
  if (s === '') return undefined;
  return /^-?\d+$/.test(s) ? Number(s) : null;
}

/**
 * A TimelineJS date as a contract date string, at the precision of the parts given.
 * `offset` is the UTC offset to give a time of day ("Z" or "+01:00"): TimelineJS has none.
 */
export function fromTljsDate(
  d: TljsDate | undefined,
  offset: string,
  notes: string[],
  where: string,
): string | null {
  if (!d || typeof d !== 'object') return null;
  const year = part(d.year);
  if (year === undefined || year === null) return null;
  if (year === 0) notes.push(`${where}: year 0 read as 1 BCE`);
  const month = part(d.month);
  const day = part(d.day);
  const hour = part(d.hour);
  const minute = part(d.minute);
  if ([month, day, hour, minute].includes(null)) return null;
  let out = isoYear(fromTljsYear(year));
  if (month === undefined) return out;
  out += `-${pad(month!)}`;
  if (day === undefined) {
    if (hour !== undefined) notes.push(`${where}: a time with no day was left out`);
    return out;
  }
  out += `-${pad(day!)}`;
  if (hour === undefined) return out;
  if ((part(d.second) ?? 0) !== 0 || (part(d.millisecond) ?? 0) !== 0)
    notes.push(`${where}: seconds dropped (times are kept to the minute)`);
  return `${out}T${pad(hour!)}:${pad(minute ?? 0)}${offset}`;
}

/** A parsed date as TimelineJS parts: its wall-clock time for a time of day. */
export function toTljsDate(d: ParsedDate): TljsDate {
  const out: TljsDate = { year: toTljsYear(d.year) };
  if (d.month !== undefined) out.month = d.month;
  if (d.day !== undefined) out.day = d.day;
  if (d.hour !== undefined) {
    out.hour = d.hour;
    out.minute = d.minute ?? 0;
  }
  return out;
}
