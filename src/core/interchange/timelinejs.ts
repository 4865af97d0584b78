/**
 * TimelineJS 3's JSON: { title, events: [{ start_date, end_date, text: { headline, text },
 * group, unique_id, media, display_date }], eras }. Its text is HTML: imports read it with a
 * parser into plain text; exports escape every value and mark our parts (summary, date note,
 * disputes, actors, citations) by class, so TimelineJS shows them and a re-import finds them.
 */
import type { Media } from '../model/schema';
import { citationForm, type CitationForm } from '../model/citationForm';
import type { SourceDoc, TimelineEvent } from '../model/timeline';
import { parseDate } from '../time/parseDate';
import { englishDates } from '../i18n/englishDates';
import {
  assemble,
  type AssembleOptions,
  type Draft,
  type DraftEvent,
  type ImportResult,
} from './assemble';
import { ImportError } from './csv';
import { eventsOf, type ExportInput, type ExportResult } from './exportTypes';
import { escapeHtml, htmlToText, readEventHtml } from './htmlText';
import { fromTljsDate, toTljsDate, toTljsYear, type TljsDate } from './tljsDates';

interface TljsText {
  headline?: string;
  text?: string;
}
interface TljsMedia {
  url?: string;
  credit?: string;
  caption?: string;
  thumbnail?: string;
}
export interface TljsSlide {
  start_date?: TljsDate;
  end_date?: TljsDate;
  text?: TljsText;
  group?: string;
  unique_id?: string;
  media?: TljsMedia;
  display_date?: string;
  background?: unknown;
}
export interface TljsTimeline {
  title?: TljsSlide;
  events?: TljsSlide[];
  eras?: TljsSlide[];
  scale?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const APPROX = /\(approx\.?\)|\bapprox|\bcirca\b|\bc\.\s*\d|\babout\b|\baround\b|~/i;

export interface TljsImportOptions {
  /** The UTC offset given to times of day ("Z" unless said): TimelineJS has none. */
  readonly offset?: string;
}

function mediaOf(m: TljsMedia | undefined): Media | undefined {
  if (!isObject(m) || !str(m.url).trim() || isHtml(str(m.url))) return undefined;
  const out: Media = { url: str(m.url).trim() };
  const credit = htmlToText(str(m.credit)).replace(/\n/g, ' ');
  const caption = htmlToText(str(m.caption)).replace(/\n/g, ' ');
  if (credit) out.credit = credit;
  if (caption) out.caption = caption;
  if (str(m.thumbnail).trim()) out.thumbnail = str(m.thumbnail).trim();
  return out;
}

// TimelineJS takes HTML as "media" too (a quote in a blockquote): that is text, not a link.
const isHtml = (s: string) => s.trim().startsWith('<');

/** The text of a slide's media when it is HTML, as a sentence to add to the summary. */
function mediaText(m: TljsMedia | undefined): string {
  if (!isObject(m) || !isHtml(str(m.url))) return '';
  return htmlToText(str(m.url)).replace(/\n/g, ' — ');
}

/** One slide as a draft event, or a note saying why it cannot be one. */
export function slideToDraft(
  slide: TljsSlide,
  where: string,
  offset: string,
  notes: string[],
): DraftEvent | string {
  const start = fromTljsDate(slide.start_date, offset, notes, where);
  const headline = htmlToText(str(slide.text?.headline)).replace(/\n/g, ' ');
  if (start === null)
    return `left out ${where} ("${headline || 'untitled'}"): its start_date has no usable year, month or day`;
  let end = slide.end_date
    ? (fromTljsDate(slide.end_date, offset, notes, where) ?? undefined)
    : undefined;
  if (slide.end_date && end === undefined) notes.push(`${where}: end_date is not a date; left out`);
  if (end === start) end = undefined;
  const html = readEventHtml(str(slide.text?.text));
  const display = (str(slide.display_date) || str(slide.start_date?.display_date)).trim();
  const approximate = display !== '' && APPROX.test(display);
  let dateNote = html.dateNote;
  if (display) {
    const a = parseDate(start);
    const b = end ? parseDate(end) : undefined;
    const ours =
      a.ok && (!b || b.ok)
        ? englishDates().eventDate(a.value, b?.ok ? b.value : undefined, approximate)
        : null;
    // Our own export writes the worded date; anything else the author wrote is kept.
    if (display !== ours)
      dateNote = [`Shown in TimelineJS as "${display}".`, dateNote].filter(Boolean).join(' ');
  }
  if (isObject(slide.background))
    notes.push(`${where}: slide background (a colour or picture) not kept`);
  return {
    where,
    id: str(slide.unique_id).trim() || undefined,
    title: headline,
    start,
    end,
    approximate,
    dateNote,
    lane: htmlToText(str(slide.group)).replace(/\n/g, ' '),
    actors: html.actors,
    summary: [html.summary, mediaText(slide.media)].filter(Boolean).join(' '),
    disputed: html.disputed,
    background: html.background,
    citations: html.citations,
    media: mediaOf(slide.media),
  };
}

/** Reads TimelineJS JSON (already parsed) into drafts. */
export function readTimelineJs(json: unknown, opts: TljsImportOptions = {}): Draft {
  if (!isObject(json) || !Array.isArray(json.events))
    throw new ImportError('not TimelineJS JSON: expected an object with an "events" list');
  const t = json as TljsTimeline;
  const offset = opts.offset ?? 'Z';
  const notes: string[] = [];
  const events: DraftEvent[] = [];
  t.events!.forEach((slide, i) => {
    const d = isObject(slide)
      ? slideToDraft(slide, `events[${i}]`, offset, notes)
      : `left out events[${i}]: not an object`;
    if (typeof d === 'string') notes.push(d);
    else events.push(d);
  });
  if (events.some((e) => /T\d\d:\d\d/.test(e.start)) && !opts.offset)
    notes.push(
      'times of day read as UTC ("Z"): TimelineJS gives no offset (--offset +01:00 to say otherwise)',
    );
  const chapters = (Array.isArray(t.eras) ? t.eras : []).flatMap((era, i) => {
    const where = `eras[${i}]`;
    const start = fromTljsDate(era?.start_date, offset, notes, where);
    const end = fromTljsDate(era?.end_date, offset, notes, where);
    const label = htmlToText(str(era?.text?.headline)).replace(/\n/g, ' ');
    if (!start || !end) {
      notes.push(`left out ${where} ("${label}"): an era needs a start_date and an end_date`);
      return [];
    }
    return [{ where, label, start, end }];
  });
  if (isObject(t.title?.media)) notes.push('the title slide’s media is not kept');
  return {
    title: htmlToText(str(t.title?.text?.headline)).replace(/\n/g, ' '),
    description: htmlToText(str(t.title?.text?.text)).replace(/\n/g, ' '),
    events,
    chapters,
    notes,
  };
}

export const importTimelineJs = (
  json: unknown,
  opts: AssembleOptions & TljsImportOptions,
): ImportResult => assemble(readTimelineJs(json, opts), opts);

const FORM_CLASS: Record<CitationForm, string> = {
  quote: '',
  summary: 'dt-record-summary',
  paraphrase: 'dt-paraphrase',
};
/** An unverified quote's form: by its source's kind and whether it has a text. */
const unlocatedForm = (s: SourceDoc | undefined): CitationForm =>
  s?.kind !== 'reference' ? 'quote' : s.body === null ? 'paraphrase' : 'summary';

/** The HTML of one event's text, every value escaped, our parts marked by class. */
function eventHtml(e: TimelineEvent, input: ExportInput): string {
  const { timeline } = input;
  const parts = [`<p class="dt-summary">${escapeHtml(e.summary)}</p>`];
  if (e.dateNote)
    parts.push(`<p class="dt-date-note"><em>Date:</em> ${escapeHtml(e.dateNote)}</p>`);
  if (e.actors?.length) {
    const names = e.actors.map((id) => {
      const name = timeline.actors.find((a) => a.id === id)?.name ?? id;
      return `<span data-actor="${escapeHtml(id)}">${escapeHtml(name)}</span>`;
    });
    parts.push(`<p class="dt-actors">With: ${names.join(', ')}</p>`);
  }
  if (e.disputed)
    parts.push(
      `<p class="dt-disputed"><strong>Reports differ:</strong> ${escapeHtml(e.disputed)}</p>`,
    );
  if (e.background)
    parts.push('<p class="dt-background">Background, from outside the sources.</p>');
  if (e.status === 'uncited') parts.push('<p class="dt-uncited">Not yet cited.</p>');
  const items = [
    ...e.citations.map((c) => ({ ...c, verified: true })),
    ...(e.unverified ?? []).map((c) => ({ ...c, range: undefined, verified: false })),
  ].map((c) => {
    const s = timeline.sources.find((x) => x.id === c.source);
    const cite = s
      ? ` — <cite>${escapeHtml(s.title)}</cite>${s.publisher ? `, ${escapeHtml(s.publisher)}` : ''}`
      : '';
    const flag = c.verified ? '' : ' (not verified)';
    const form = c.range === undefined ? unlocatedForm(s) : citationForm({ range: c.range }, s);
    const classes = [FORM_CLASS[form], c.verified ? '' : 'dt-unverified'].filter(Boolean);
    const quote = escapeHtml(c.quote);
    // Only an article's words go in <q> (shown in quotation marks); a reference's are the
    // curator's, said so before them. A re-import reads either, by <q> or by .dt-passage.
    const passage =
      form === 'quote'
        ? `<q>${quote}</q>${cite}`
        : form === 'summary'
          ? `<em>Curator’s summary of the record:</em> <span class="dt-passage">${quote}</span>${cite}`
          : `<span class="dt-passage">${quote}</span>${cite} (reference work, paraphrased)`;
    const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
    return `<li data-source="${escapeHtml(c.source)}"${cls}>${passage}${flag}</li>`;
  });
  if (items.length) parts.push(`<ol class="dt-citations">${items.join('')}</ol>`);
  return parts.join('');
}

/** The events as TimelineJS 3 JSON; chapters become eras. */
export function exportTimelineJs(input: ExportInput): ExportResult {
  const { timeline } = input;
  const notes: string[] = [];
  const withOffset = eventsOf(input).filter((e) => e.startDate.precision === 'minute').length;
  if (withOffset)
    notes.push(
      `${withOffset} time(s) of day written as local wall-clock time: TimelineJS has no UTC offset`,
    );
  const tagged = eventsOf(input).filter((e) => e.tags?.length).length;
  if (tagged) notes.push(`${tagged} event(s) have tags, which TimelineJS does not hold`);
  const events = eventsOf(input).map((e) => {
    const slide: TljsSlide = {
      start_date: toTljsDate(e.startDate),
      text: { headline: escapeHtml(e.title), text: eventHtml(e, input) },
      group: timeline.lanes.find((l) => l.id === e.lane)?.label ?? e.lane,
      unique_id: e.id,
    };
    if (e.endDate) slide.end_date = toTljsDate(e.endDate);
    if (e.approximate) slide.display_date = englishDates().eventDate(e.startDate, e.endDate, true);
    if (e.media) {
      const m: TljsMedia = { url: e.media.url };
      if (e.media.credit) m.credit = escapeHtml(e.media.credit);
      if (e.media.caption) m.caption = escapeHtml(e.media.caption);
      if (e.media.thumbnail) m.thumbnail = e.media.thumbnail;
      slide.media = m;
    }
    return slide;
  });
  const eras = timeline.chapters.map((c) => {
    const start = new Date(c.start);
    // A chapter ends at the last instant of its end date; an era's end is that date.
    const end = new Date(c.end - 1);
    const parts = (d: Date): TljsDate => ({
      year: toTljsYear(d.getUTCFullYear()),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    });
    return {
      start_date: parts(start),
      end_date: parts(end),
      text: { headline: escapeHtml(c.label) },
    };
  });
  const out: TljsTimeline = {
    title: {
      text: {
        headline: escapeHtml(timeline.title),
        text: timeline.description ? `<p>${escapeHtml(timeline.description)}</p>` : '',
      },
    },
    events,
  };
  if (eras.length) out.eras = eras;
  return {
    text: `${JSON.stringify(out, null, 2)}\n`,
    mediaType: 'application/json',
    extension: 'json',
    notes,
  };
}
