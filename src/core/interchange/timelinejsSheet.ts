/**
 * The TimelineJS Google Sheet template, downloaded as CSV: Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group, Background. Each row becomes a TimelineJS
 * slide and goes through the same reading as TimelineJS JSON.
 */
import {
  assemble,
  type AssembleOptions,
  type Draft,
  type DraftEvent,
  type ImportResult,
} from './assemble';
import { ImportError, parseCsvRows } from './csv';
import { slideToDraft, type TljsImportOptions, type TljsSlide } from './timelinejs';
import type { TljsDate } from './tljsDates';

export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof SHEET_COLUMNS)[number];

const norm = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map(SHEET_COLUMNS.map((c) => [norm(c), c]));

/** True when a CSV header row is the TimelineJS sheet's (it has Year and Headline). */
export function isTimelineJsSheetHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(norm));
  return keys.has('year') && keys.has('headline');
}

/** "14:30", "2:30 PM", "09:05:00" → [hour, minute]; null when it is not a time. */
function readTime(s: string): [number, number] | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const ampm = m[3]?.[0]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  return h <= 23 && min <= 59 ? [h, min] : null;
}

// TimelineJS's sheet template is English: its month cells are English names.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month cell: a number, or an English month name ("Jan", "January"). */
function readMonth(s: string): string {
  const t = s.trim().toLowerCase();
  const i = MONTHS.findIndex((m) => t.length >= 3 && m.startsWith(t));
  return i >= 0 ? String(i + 1) : s.trim();
}

function dateOf(
  row: Partial<Record<Column, string>>,
  prefix: '' | 'End ',
  notes: string[],
  where: string,
): TljsDate | undefined {
  const get = (c: string) => (row[`${prefix}${c}` as Column] ?? '').trim();
  if (!get('Year')) return undefined;
  const d: TljsDate = { year: get('Year') };
  if (get('Month')) d.month = readMonth(get('Month'));
  if (get('Day')) d.day = get('Day');
  if (get('Time')) {
    const t = readTime(get('Time'));
    if (t) [d.hour, d.minute] = t;
    else notes.push(`${where}: ${prefix}Time "${get('Time')}" is not a time; left out`);
  }
  return d;
}

/** Reads the sheet's rows into drafts: "title" rows name the dataset, "era" rows are chapters. */
export function readTimelineJsSheet(text: string, opts: TljsImportOptions = {}): Draft {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new ImportError('the file is empty');
  const header = rows[0]!.map((h) => BY_KEY.get(norm(h)));
  if (!isTimelineJsSheetHeader(rows[0]!))
    throw new ImportError('not the TimelineJS sheet: the header row has no "Year" and "Headline"');
  const notes: string[] = [];
  rows[0]!.forEach((h, i) => {
    if (!header[i]) notes.push(`column "${h}" is not one of the TimelineJS sheet's: ignored`);
  });
  const offset = opts.offset ?? 'Z';
  let title = '';
  let description = '';
  const events: DraftEvent[] = [];
  const chapterList: { where: string; label: string; start: string; end: string }[] = [];
  rows.slice(1).forEach((cells, i) => {
    const where = `row ${i + 2}`;
    const row: Partial<Record<Column, string>> = {};
    header.forEach((col, k) => {
      if (col) row[col] = cells[k] ?? '';
    });
    const type = (row.Type ?? '').trim().toLowerCase();
    const slide: TljsSlide = {
      start_date: dateOf(row, '', notes, where),
      end_date: dateOf(row, 'End ', notes, where),
      text: { headline: row.Headline ?? '', text: row.Text ?? '' },
      group: row.Group ?? '',
      display_date: row['Display Date'] ?? '',
      media: {
        url: row.Media ?? '',
        credit: row['Media Credit'] ?? '',
        caption: row['Media Caption'] ?? '',
        thumbnail: row['Media Thumbnail'] ?? '',
      },
    };
    if ((row.Background ?? '').trim())
      notes.push(
        `${where}: Background "${row.Background!.trim()}" (a slide colour or picture) not kept`,
      );
    if (type === 'title') {
      const d = slideToDraft(
        { ...slide, start_date: slide.start_date ?? { year: 1 } },
        where,
        offset,
        notes,
      );
      if (typeof d !== 'string') {
        title = d.title;
        description = d.summary;
      }
      return;
    }
    if (type === 'era') {
      const s = slideToDraft(slide, where, offset, notes);
      const e = slide.end_date
        ? slideToDraft(
            { ...slide, start_date: slide.end_date, end_date: undefined },
            where,
            offset,
            notes,
          )
        : null;
      if (typeof s === 'string' || !e || typeof e === 'string') {
        notes.push(`left out ${where}: an era needs a start and an end date`);
        return;
      }
      chapterList.push({ where, label: s.title, start: s.start, end: e.start });
      return;
    }
    if (type && type !== 'event') notes.push(`${where}: Type "${row.Type}" read as an event`);
    const d = slideToDraft(slide, where, offset, notes);
    if (typeof d === 'string') notes.push(d);
    else events.push(d);
  });
  if (events.some((e) => /T\d\d:\d\d/.test(e.start)) && !opts.offset)
    notes.push(
      'times of day read as UTC ("Z"): the sheet gives no offset (--offset +01:00 to say otherwise)',
    );
  return { title, description, events, chapters: chapterList, notes };
}

export const importTimelineJsSheet = (
  text: string,
  opts: AssembleOptions & TljsImportOptions,
): ImportResult => assemble(readTimelineJsSheet(text, opts), opts);
