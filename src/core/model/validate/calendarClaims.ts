import {
  calendarNamesIn,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  type CalendarNames,
} from './calendarWords';

/** What the calendar check needs of an event: its dates and its date note. */
export interface CalendarContext {
  readonly start: string;
  readonly end?: string;
  readonly dateNote?: string;
}

/** What a sentence says of the calendar that nothing under it supports. */
export interface CalendarSlips {
  /** Months and days of the week it names that no passage, date or note gives, as written. */
  readonly unsupported: readonly string[];
  /** A day of the week written beside a full date it is not ("Monday, 11 January 2022"). */
  readonly wrongDays: readonly { readonly written: string; readonly was: string }[];
}

const MONTH = ENGLISH_MONTHS.join('|');
const DAY = ENGLISH_WEEKDAYS.join('|');
// In a summary: a month's full name ("May" only beside a number, or it is the verb), a day's.
const NAMED = new RegExp(
  `(?<!\\p{L})(?:(${MONTH.replace('|May|', '|')})|(May)(?=\\s+\\d)|(?<=\\d\\s+)(May)|(${DAY}))(?!\\p{L})`,
  'gu',
);
// A day of the week beside a full date: "Monday, 10 January 2022", "Monday, January 10, 2022".
const DAY_AND_DATE = new RegExp(
  `(?<!\\p{L})(${DAY}),?\\s+(?:(\\d{1,2})\\s+(${MONTH})|(${MONTH})\\s+(\\d{1,2}),?)\\s+(\\d{4})(?!\\d)`,
  'gu',
);
/** Whether a sentence may name a month or a day of the week (most do not); NAMED decides. */
export const MAY_NAME_DATES = new RegExp(`${MONTH}|${DAY}`);

interface Ymd {
  readonly y: number;
  readonly m?: number;
  readonly d?: number;
}

function ymd(raw: string | undefined): Ymd | null {
  const m = raw === undefined ? null : /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(raw);
  if (!m) return null;
  return {
    y: Number(m[1]),
    m: m[2] ? Number(m[2]) : undefined,
    d: m[3] ? Number(m[3]) : undefined,
  };
}

/** The day of the week of a calendar date (0 = Sunday); null if there is no such date. */
function weekday(y: number, m: number, d: number): number | null {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCMonth() === m - 1 ? t.getUTCDay() : null;
}

/** The months and days of the week the event's own dates cover (those it is precise to). */
function covered(start: Ymd | null, end: Ymd | null): CalendarNames {
  const months = new Set<number>();
  const weekdays = new Set<number>();
  if (start?.m !== undefined) {
    const last = end?.m !== undefined ? end : start;
    const span = (last.y - start.y) * 12 + (last.m! - start.m);
    for (let k = 0; k <= Math.min(span, 11); k++) months.add(((start.m - 1 + k) % 12) + 1);
  }
  if (start?.m !== undefined && start.d !== undefined) {
    const from = Date.UTC(2000, start.m - 1, start.d);
    const last = end?.d !== undefined ? end : start;
    const to = Date.UTC(2000 + last.y - start.y, last.m! - 1, last.d!);
    const days = Math.round((to - from) / 864e5);
    const first = weekday(start.y, start.m, start.d) ?? 0;
    for (let k = 0; k <= Math.min(days, 6); k++) weekdays.add((first + k) % 7);
  }
  return { months, weekdays };
}

/**
 * The months and days of the week a sentence names that none of its cited passages names
 * (in English, the source's language or a numeric date), that the event's dates do not
 * cover, that no cited source's published date falls in and that the date note does not
 * name; and each day of the week it writes beside a full date that the date was not.
 * `passages`: the cited quotes with their sources' language and published date.
 */
export function calendarSlips(
  sentence: string,
  event: CalendarContext,
  passages: readonly {
    readonly quote: string;
    readonly language?: string;
    readonly published?: string;
  }[],
): CalendarSlips {
  const wrongDays: { written: string; was: string }[] = [];
  const ownDays = new Set<number>();
  // Where a wrong day is written: that day is reported as wrong, not also as unsupported.
  const wrongAt = new Set<number>();
  for (const m of sentence.matchAll(DAY_AND_DATE)) {
    const month = ENGLISH_MONTHS.indexOf((m[3] ?? m[4])!) + 1;
    const day = Number(m[2] ?? m[5]);
    const was = weekday(Number(m[6]), month, day);
    // Not a real date ("31 February"): the numbers' check and the reader's to see.
    if (was === null) continue;
    if (ENGLISH_WEEKDAYS[was] === m[1]) ownDays.add(was);
    else {
      wrongDays.push({ written: m[0], was: ENGLISH_WEEKDAYS[was]! });
      wrongAt.add(m.index);
    }
  }
  let supported: { months: Set<number>; weekdays: Set<number> } | null = null;
  const unsupported: string[] = [];
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(sentence); m; m = NAMED.exec(sentence)) {
    supported ??= support(event, passages);
    const month = m[1] ?? m[2] ?? m[3];
    if (month !== undefined) {
      if (!supported.months.has(ENGLISH_MONTHS.indexOf(month) + 1)) unsupported.push(month);
      continue;
    }
    const day = ENGLISH_WEEKDAYS.indexOf(m[4]!);
    if (wrongAt.has(m.index)) continue;
    if (!supported.weekdays.has(day) && !ownDays.has(day)) unsupported.push(m[4]!);
  }
  return { unsupported: [...new Set(unsupported)], wrongDays };
}

function support(
  event: CalendarContext,
  passages: readonly {
    readonly quote: string;
    readonly language?: string;
    readonly published?: string;
  }[],
) {
  const months = new Set<number>();
  const weekdays = new Set<number>();
  const add = (names: CalendarNames) => {
    for (const n of names.months) months.add(n);
    for (const n of names.weekdays) weekdays.add(n);
  };
  add(covered(ymd(event.start), ymd(event.end)));
  if (event.dateNote) add(calendarNamesIn(event.dateNote, undefined));
  for (const p of passages) {
    add(calendarNamesIn(p.quote, p.language));
    const published = ymd(p.published);
    add(covered(published, null));
  }
  return { months, weekdays };
}
