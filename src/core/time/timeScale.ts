import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { EpochMs } from '../units';

/**
 * A time scale over UTC: contract dates are floating (UTC midnight), so ticks fall on UTC
 * days, months and years whatever the reader's zone.
 */
export function createTimeScale({
  domain,
  range,
}: {
  domain: readonly [EpochMs, EpochMs];
  range: readonly [number, number];
}): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([range[0], range[1]]);
}
