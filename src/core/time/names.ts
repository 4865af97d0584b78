/** English month and weekday names, so wording needs no locale data (date-fns' `format` brings ~6 KB gzip of it). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const shortMonth = (monthIndex: number) => MONTHS[monthIndex]!.slice(0, 3);
