import type { Precision } from '../../core';

/** A contract date as the form edits it: its precision and each part as typed. */
export interface DateParts {
  readonly precision: Precision;
  readonly year: string;
  /** "01"–"12", or "" while not chosen. */
  readonly month: string;
  readonly day: string;
  /** "HH:MM" */
  readonly time: string;
  /** "+01:00", "-05:00" or "Z" */
  readonly offset: string;
}

// Incomplete dates too ("2021-" while the month is not chosen), so the precision survives.
const FULL = /^(-?\d+|)(?:-(\d{0,2})(?:-(\d{0,2})(?:T(\d{2}:\d{2}|)(Z|[+-]\d{2}:\d{2}|))?)?)?$/;

/** A date string split into parts; its length gives the precision, as in the contract. */
export function toParts(value: string): DateParts {
  // No date yet: offer a day, the commonest precision, without filling any part in.
  if (value === '') return { precision: 'day', year: '', month: '', day: '', time: '', offset: '' };
  const m = FULL.exec(value);
  if (!m) {
    return { precision: 'day', year: value, month: '', day: '', time: '', offset: '' };
  }
  const precision: Precision = value.includes('T')
    ? 'minute'
    : m[3] !== undefined
      ? 'day'
      : m[2] !== undefined
        ? 'month'
        : 'year';
  return {
    precision,
    year: m[1] ?? '',
    month: m[2] ?? '',
    day: m[3] ?? '',
    time: m[4] ?? '',
    offset: m[5] ?? '',
  };
}

const pad2 = (s: string) => (/^\d$/.test(s) ? `0${s}` : s);

/**
 * The contract string for these parts, as far as the precision goes. Parts are kept as
 * typed (a year is not padded, a missing month is not invented), so an incomplete date
 * stays visibly incomplete and the validator says what is wrong with it.
 */
export function fromParts(p: DateParts): string {
  const year = p.year.trim();
  if (p.precision === 'year') return year;
  const month = `${year}-${pad2(p.month)}`;
  if (p.precision === 'month') return month;
  const day = `${month}-${pad2(p.day.trim())}`;
  if (p.precision === 'day') return day;
  return `${day}T${p.time}${p.offset}`;
}

/** Offsets from UTC−12:00 to UTC+14:00, including the half and three-quarter hours in use. */
export const UTC_OFFSETS: readonly string[] = (() => {
  const quarters = [
    -720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120, -60, 0, 60, 120,
    180, 210, 240, 270, 300, 330, 345, 360, 390, 420, 480, 525, 540, 570, 600, 630, 660, 720, 765,
    780, 840,
  ];
  return quarters.map((m) => {
    const sign = m < 0 ? '-' : '+';
    const a = Math.abs(m);
    return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  });
})();
