import type { ScaleTime } from 'd3-scale';
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

/** Words a tick for the step between ticks, in the reader's language (DateWords.tick). */
export type WordTick = (t: Date, step: number, first: boolean) => { label: string; major: boolean };

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
 * worded for the step in use by `word` (the first, which leads the window, with its context).
 */
export function computeTicks(
  scale: ScaleTime<number, number>,
  width: number,
  word: WordTick,
  spacing = 90,
): Tick[] {
  const count = Math.max(2, Math.floor(width / spacing));
  const ticks = scale.ticks(count);
  const step = ticks.length > 1 ? ticks[1]!.getTime() - ticks[0]!.getTime() : 365 * DAY;
  const years = step >= 2 * 365 * DAY;
  return ticks
    .map((d) => (years ? historicalYear(d) : d))
    .map((d, i) => ({ t: epochMs(d.getTime()), x: scale(d), ...word(d, step, i === 0) }));
}
