/**
 * Our spreadsheet format: a header row, one row per citation, rows with the same `id`
 * forming one event. Parsed and written with d3-dsv (RFC 4180 quoting).
 *   id,title,start,end,approximate,dateNote,lane,actors,summary,disputed,background,source,quote
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { Citation } from '../model/schema';
import {
  assemble,
  type AssembleOptions,
  type Draft,
  type DraftEvent,
  type ImportResult,
} from './assemble';
import { eventsOf, type ExportInput, type ExportResult } from './exportTypes';

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'dateNote',
  'lane',
  'actors',
  'summary',
  'disputed',
  'background',
  'source',
  'quote',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** A file that cannot be read as the format it claims to be; the message says why. */
export class ImportError extends Error {}

const key = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');
const BY_KEY = new Map(CSV_COLUMNS.map((c) => [key(c), c]));

// Spreadsheets run a cell that starts with = + - @ as a formula; exports put a ' before
// such cells, and imports take it off again.
const RISKY = /^[=+\-@\t\r]/;
export const neutralize = (cell: string) => (RISKY.test(cell) ? `'${cell}` : cell);
export const unneutralize = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Rows of a CSV text, the byte-order mark some spreadsheets write removed. */
export const parseCsvRows = (text: string): string[][] =>
  csvParseRows(text.replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c.trim() !== ''));

function readBool(v: string, where: string, notes: string[]): boolean {
  const s = v.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'x'].includes(s)) return true;
  if (!['', 'false', 'no', 'n', '0'].includes(s)) notes.push(`${where}: "${v}" read as false`);
  return false;
}

const EVENT_FIELDS = CSV_COLUMNS.filter((c) => c !== 'source' && c !== 'quote' && c !== 'id');

/** The rows as drafts: each row's source and quote one citation of the event with its id. */
export function readCsv(text: string): Draft {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new ImportError('the file is empty');
  const header = rows[0]!.map((h) => BY_KEY.get(key(h)));
  const notes: string[] = [];
  rows[0]!.forEach((h, i) => {
    if (!header[i])
      notes.push(`column "${h}" is not one of ours (${CSV_COLUMNS.join(', ')}): ignored`);
  });
  for (const need of ['title', 'start'] as const)
    if (!header.includes(need)) throw new ImportError(`the header row has no "${need}" column`);

  type Row = Partial<Record<Column, string>> & { line: number };
  const groups = new Map<string, Row[]>();
  rows.slice(1).forEach((cells, i) => {
    const row: Row = { line: i + 2 };
    header.forEach((col, k) => {
      if (col) row[col] = unneutralize(cells[k] ?? '');
    });
    const id = row.id?.trim();
    const groupKey = id ? `id:${id}` : `row:${row.line}`;
    const group = groups.get(groupKey);
    if (group) group.push(row);
    else groups.set(groupKey, [row]);
  });

  const events: DraftEvent[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const where =
      group.length > 1 ? `rows ${group.map((r) => r.line).join(', ')}` : `row ${first.line}`;
    // An event's fields: the first row that gives each; a later row that differs is reported.
    const field = (c: Column): string => {
      let value = '';
      for (const r of group) {
        const v = r[c]?.trim() ?? '';
        if (!v) continue;
        if (!value) value = r[c]!;
        else if (v !== value.trim())
          notes.push(
            `row ${r.line}: ${c} differs from an earlier row of "${first.id}"; kept the first`,
          );
      }
      return value;
    };
    const values = Object.fromEntries(EVENT_FIELDS.map((c) => [c, field(c)])) as Record<
      Column,
      string
    >;
    const citations: Citation[] = group
      .filter((r) => (r.quote ?? '').trim() !== '' || (r.source ?? '').trim() !== '')
      .map((r) => ({ source: r.source?.trim() ?? '', quote: r.quote ?? '' }));
    for (const r of group)
      if ((r.source ?? '').trim() && !(r.quote ?? '').trim())
        notes.push(`row ${r.line}: source "${r.source}" with no quote: nothing to cite`);
    events.push({
      where,
      id: first.id?.trim() || undefined,
      title: values.title,
      start: values.start,
      end: values.end || undefined,
      approximate: readBool(values.approximate, `${where} approximate`, notes),
      dateNote: values.dateNote.trim() || undefined,
      lane: values.lane,
      actors: values.actors
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      summary: values.summary,
      disputed: values.disputed || undefined,
      background: readBool(values.background, `${where} background`, notes),
      citations: citations.filter((c) => c.quote.trim() !== ''),
    });
  }
  return { events, notes };
}

/** A CSV in our format, through the same checks as any import. */
export const importCsv = (text: string, opts: AssembleOptions): ImportResult =>
  assemble(readCsv(text), opts);

/** The events as our CSV: one row per citation (verified, then unverified), or one bare row. */
export function exportCsv(input: ExportInput): ExportResult {
  const notes: string[] = [];
  const rows: string[][] = [[...CSV_COLUMNS]];
  let tagged = 0;
  let media = 0;
  for (const e of eventsOf(input)) {
    if (e.tags?.length) tagged++;
    if (e.media) media++;
    const cells: Record<Column, string> = {
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end ?? '',
      approximate: e.approximate ? 'true' : '',
      dateNote: e.dateNote ?? '',
      lane: e.lane,
      actors: (e.actors ?? []).join(';'),
      summary: e.summary,
      disputed: e.disputed ?? '',
      background: e.background ? 'true' : '',
      source: '',
      quote: '',
    };
    const cites = [...e.citations, ...(e.unverified ?? [])];
    const row = (c?: Citation) =>
      CSV_COLUMNS.map((col) =>
        neutralize(
          col === 'source' ? (c?.source ?? '') : col === 'quote' ? (c?.quote ?? '') : cells[col],
        ),
      );
    if (cites.length === 0) rows.push(row());
    else for (const c of cites) rows.push(row(c));
  }
  if (tagged) notes.push(`${tagged} event(s) have tags, which the CSV format does not hold`);
  if (media) notes.push(`${media} event(s) have media, which the CSV format does not hold`);
  return { text: `${csvFormatRows(rows)}\n`, mediaType: 'text/csv', extension: 'csv', notes };
}
