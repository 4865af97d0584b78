import { lightFormat } from 'date-fns';
import { shortMonth, WEEKDAYS } from './names';
import { wordYear } from './years';
import type { ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { epochMs, type EpochMs } from '../units';
import { DAY } from './durations';

/** A tick as plain data; the component draws it. */
export interface Tick {
  readonly t: EpochMs;
  readonly x: number;
  readonly label: string;
  /** A tick that starts a larger unit (a year, a month) is drawn stronger. */
  readonly major: boolean;
}

// date-fns formats a local Date; a floating UTC instant is shown as the same wall time.
// (setFullYear: the Date constructor would put years 0–99 in the 1900s.)
function asLocal(d: Date): Date {
  const out = new Date(2000, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
  out.setFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return out;
}

function wordTick(d: Date, step: number): { label: string; major: boolean } {
  const local = asLocal(d);
  const year = wordYear(d.getUTCFullYear());
  const weekday = WEEKDAYS[local.getDay()]!;
  const month = shortMonth(local.getMonth());
  if (step < DAY) {
    const midnight = utcDay.floor(d).getTime() === d.getTime();
    return midnight
      ? { label: `${weekday} ${local.getDate()} ${month}`, major: true }
      : { label: lightFormat(local, 'HH:mm'), major: false };
  }
  if (step < 28 * DAY) {
    const first = d.getUTCDate() === 1;
    return {
      label: first ? `${local.getDate()} ${month} ${year}` : `${weekday} ${local.getDate()}`,
      major: first,
    };
  }
  if (step < 365 * DAY) {
    const jan = d.getUTCMonth() === 0;
    return { label: jan ? year : month, major: jan };
  }
  // Before the era a round number is a historian's: 1200 BCE (astronomical -1199).
  const historical = d.getUTCFullYear() <= 0 ? 1 - d.getUTCFullYear() : d.getUTCFullYear();
  return { label: year, major: historical % 10 === 0 };
}

/**
 * Steps of several years land on astronomical round numbers; before the era those read as
 * "1201 BCE", "1 BCE". Each is moved one year later, onto "1200 BCE", "1" (there is no year 0).
 */
function historicalYear(d: Date): Date {
  if (d.getUTCFullYear() > 0) return d;
  const out = new Date(d.getTime());
  out.setUTCFullYear(d.getUTCFullYear() + 1);
  return out;
}

/**
 * Ticks for the visible window, from decades down to hours, roughly one per `spacing` px,
 * worded for the step in use (date-fns' lightFormat for the digits).
 */
export function computeTicks(
  scale: ScaleTime<number, number>,
  width: number,
  spacing = 90,
): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const ticks = scale.ticks(count);
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : 365 * DAY;
  const years = step >= 2 * 365 * DAY;
  return ticks
    .map((d) => (years ? historicalYear(d) : d))
    .map((d) => ({ t: epochMs(d.getTime()), x: scale(d), ...wordTick(d, step) }));
}
