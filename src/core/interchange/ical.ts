/**
 * iCalendar (RFC 5545), written by ical-generator. Day-precision dates are all-day events
 * with an exclusive DTEND; times of day are written in UTC (their true instant); a date
 * known only to the month or year spans that month or year as an all-day event, and the
 * description says so. Summaries, quotes and sources go in the description (a reference's
 * passage as the curator's summary of the record, never in quotation marks). UIDs are
 * stable: the event's id and the dataset's title.
 */
import ical from 'ical-generator';
import type { ParsedDate } from '../time/parseDate';
import { citationForm } from '../model/citationForm';
import type { Timeline, TimelineEvent } from '../model/timeline';
import { englishDates } from '../i18n/englishDates';
import { eventsOf, type ExportInput, type ExportResult } from './exportTypes';
import { slugify } from './ids';

const PRECISION_WORDS = {
  year: 'the year',
  month: 'the month',
  day: 'the day',
  minute: 'the minute',
};

/** The event's UID: the same event of the same dataset gets the same one in every export. */
export const icalUid = (timeline: Timeline, e: TimelineEvent) =>
  `${e.id}@${slugify(timeline.title) || 'timeline'}.diplomatic-timeline`;

/** iCalendar writes a year with four digits: 1 to 9999 (the common era). */
const writable = (d: ParsedDate) => d.year >= 1 && d.year <= 9999;

function description(timeline: Timeline, e: TimelineEvent): string {
  const lines: string[] = [];
  const coarsest = [e.startDate, e.endDate].find(
    (d) => d && (d.precision === 'year' || d.precision === 'month'),
  );
  let when = `Date: ${englishDates().eventDate(e.startDate, e.endDate, e.approximate)}`;
  if (coarsest) when += ` (known only to ${PRECISION_WORDS[coarsest.precision]})`;
  lines.push(when);
  if (e.startDate.precision === 'minute')
    lines.push(
      'Times are in UTC in this calendar; the date above is local time where it happened.',
    );
  if (e.dateNote) lines.push(`About the date: ${e.dateNote}`);
  lines.push('', e.summary);
  if (e.disputed) lines.push('', `Reports differ: ${e.disputed}`);
  if (e.status === 'uncited')
    lines.push('', 'Not yet cited: no passage of a source supports this yet.');
  const sources = e.citations.map((c, i) => {
    const s = timeline.sources.find((x) => x.id === c.source);
    const by = s ? [s.title, s.publisher, s.url].filter(Boolean).join(', ') : c.source;
    // Only an article's words are quoted; a reference's are the curator's, and said to be.
    return {
      quote: `[${i + 1}] “${c.quote}” — ${by}`,
      summary: `[${i + 1}] ${by} — curator’s summary of the record: ${c.quote}`,
      paraphrase: `[${i + 1}] ${c.quote} — ${by} (reference work, paraphrased)`,
    }[citationForm(c, s)];
  });
  if (sources.length) lines.push('', ...sources);
  return lines.join('\n');
}

const DAY = 86_400_000;
/** The exclusive end of an all-day span: the day after a date's last day (a time's own day). */
const dayAfter = (d: ParsedDate) =>
  d.precision === 'minute' ? Math.floor(d.startMs / DAY) * DAY + DAY : d.endMs;

/** The events as an iCalendar file. Events before year 1 cannot be written and are listed. */
export function exportIcs(input: ExportInput): ExportResult {
  const { timeline } = input;
  const stamp = input.now ?? new Date();
  const cal = ical({
    name: timeline.title,
    description: timeline.description,
    prodId: { company: 'diplomatic-timeline', product: 'export', language: 'EN' },
  });
  const notes: string[] = [];
  const skipped: string[] = [];
  for (const e of eventsOf(input)) {
    const start = e.startDate;
    const end = e.endDate;
    if (!writable(start) || (end && !writable(end))) {
      skipped.push(`${e.id} (${englishDates().eventDate(start, end)})`);
      continue;
    }
    // All-day unless both ends are times of day; a time's day is its local (wall-clock) day.
    const timed = start.precision === 'minute' && (!end || end.precision === 'minute');
    const lane = timeline.lanes.find((l) => l.id === e.lane);
    cal.createEvent({
      id: icalUid(timeline, e),
      stamp,
      summary: e.title,
      description: description(timeline, e),
      categories: lane ? [{ name: lane.label }] : [],
      allDay: !timed,
      start: new Date(timed ? start.instantMs! : start.startMs),
      end: timed
        ? end
          ? new Date(end.instantMs!)
          : null
        : new Date(end ? Math.max(dayAfter(start), dayAfter(end)) : dayAfter(start)),
    });
  }
  if (skipped.length)
    notes.push(
      `${skipped.length} event(s) left out: iCalendar cannot write years before 1 CE or after 9999: ${skipped.join(', ')}`,
    );
  return { text: cal.toString(), mediaType: 'text/calendar', extension: 'ics', notes };
}
