/** Fixed durations in milliseconds (calendar-dependent ones come from d3-time or date-fns). */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
