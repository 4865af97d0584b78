import { scaleTime, scaleUtc, type ScaleTime } from 'd3-scale';
import type { EpochMs } from '../units';

export type Zone = 'utc' | 'local';

/**
 * A time scale in either zone, as d3-scale's own time.js/utcTime.js do it: one factory with
 * the calendar passed in. Contract dates are floating (UTC midnight), so the app uses 'utc'.
 */
export function createTimeScale({
  zone = 'utc',
  domain,
  range,
}: {
  zone?: Zone;
  domain: readonly [EpochMs, EpochMs];
  range: readonly [number, number];
}): ScaleTime<number, number> {
  const scale = zone === 'utc' ? scaleUtc() : scaleTime();
  return scale.domain([new Date(domain[0]), new Date(domain[1])]).range([range[0], range[1]]);
}
