/**
 * The shared back half of every import: drafts of events (from CSV rows, TimelineJS slides)
 * become a dataset. Lanes, actors and sources are matched to those of a base dataset or
 * created; each quote is looked up in its source's text, and an event with no quote found
 * is kept as "uncited" with its unfound quotes under `unverified`; summaries get their claim
 * markers. Every decision is written to the report: nothing is dropped silently.
 */
import { indexText, locateQuote, type IndexedText } from '../model/locateQuote';
import type {
  Actor,
  Chapter,
  Citation,
  Lane,
  Media,
  Source,
  TimelineData,
  TimelineEventData,
} from '../model/schema';
import { parseDate } from '../time/parseDate';
import { endBeforeStart } from '../time/clock';
import { IdAllocator, isValidId } from './ids';
import { summaryWithMarkers } from './summary';

export interface DraftEvent {
  /** Where it came from, for the report: "row 4", "events[2]". */
  readonly where: string;
  readonly id?: string;
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly approximate?: boolean;
  readonly dateNote?: string;
  /** A lane id or label. */
  readonly lane?: string;
  /** Actor ids or names, or both (from our own TimelineJS export). */
  readonly actors?: readonly (string | { id: string; name: string })[];
  readonly summary: string;
  readonly disputed?: string;
  readonly background?: boolean;
  /** Candidate citations: kept when the quote is found in its source's text. */
  readonly citations: readonly Citation[];
  readonly media?: Media;
  readonly tags?: readonly string[];
}

export interface DraftChapter {
  readonly where: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

export interface Draft {
  readonly title?: string;
  readonly description?: string;
  readonly events: readonly DraftEvent[];
  readonly chapters?: readonly DraftChapter[];
  /** What the reader of the format already noticed (ignored columns, guessed values). */
  readonly notes?: readonly string[];
}

export interface AssembleOptions {
  /** The text of a source by id (`--sources DIR/ID.txt`, or a base source's file). */
  readonly sourceText: (id: string) => string | undefined;
  /** A dataset whose title, lanes, actors and sources are kept and matched against. */
  readonly base?: TimelineData;
  /** The title when neither the file nor the base gives one. */
  readonly fallbackTitle?: string;
}

export interface ImportResult {
  /** The dataset, ready to be written as timeline.json. */
  readonly data: TimelineData;
  /** Source texts to write beside it, by their `file` path. */
  readonly texts: ReadonlyMap<string, string>;
  /** What the import did, one line each, for the person running it. */
  readonly report: readonly string[];
}

const DEFAULT_LANE = { id: 'events', label: 'Events' };
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Builds the dataset. Pure: texts come in through `sourceText`, files go out in `texts`. */
export function assemble(draft: Draft, opts: AssembleOptions): ImportResult {
  const base = opts.base;
  const report: string[] = [...(draft.notes ?? [])];
  const left: string[] = [];

  const lanes: Lane[] = [...(base?.lanes ?? [])];
  const actors: Actor[] = [...(base?.actors ?? [])];
  const sources: Source[] = [...(base?.sources ?? [])];
  const laneIds = new IdAllocator(lanes.map((l) => l.id));
  const actorIds = new IdAllocator(actors.map((a) => a.id));
  const sourceIds = new IdAllocator(sources.map((s) => s.id));
  const eventIds = new IdAllocator();
  const created = { lanes: [] as string[], actors: [] as string[], sources: [] as string[] };

  const laneFor = (key: string | undefined): string => {
    const k = key?.trim() ?? '';
    if (!k) {
      if (!laneIds.has(DEFAULT_LANE.id)) {
        lanes.push({ ...DEFAULT_LANE });
        laneIds.take(DEFAULT_LANE.id);
        created.lanes.push(DEFAULT_LANE.id);
      }
      return DEFAULT_LANE.id;
    }
    const found = lanes.find((l) => l.id === k) ?? lanes.find((l) => same(l.label, k));
    if (found) return found.id;
    const id = laneIds.fresh(k, 'lane');
    lanes.push({ id, label: k });
    created.lanes.push(id);
    return id;
  };

  const actorFor = (a: string | { id: string; name: string }): string | null => {
    const { id: wantId, name } = typeof a === 'string' ? { id: a.trim(), name: a.trim() } : a;
    if (!name && !wantId) return null;
    const found =
      actors.find((x) => x.id === wantId) ??
      actors.find((x) => same(x.name, name) || (x.aliases ?? []).some((al) => same(al, name)));
    if (found) return found.id;
    const id = actorIds.fresh(wantId || name, 'actor');
    actors.push({ id, name: name || wantId, kind: 'person' });
    created.actors.push(id);
    return id;
  };

  // Source texts, indexed once each; undefined when there is none to read.
  const texts = new Map<string, string>();
  const indexed = new Map<string, IndexedText | null>();
  const sourceFor = (
    key: string,
  ): { source: Source; text: IndexedText | null } | { reason: string } => {
    const k = key.trim();
    let source = sources.find((s) => s.id === k) ?? sources.find((s) => same(s.title, k));
    if (!source) {
      const text = opts.sourceText(k);
      if (text === undefined) return { reason: `no text for source "${k}" (looked for ${k}.txt)` };
      const id = sourceIds.fresh(k, 'source');
      source = { id, title: k, kind: 'article', file: `sources/${id}.txt` };
      sources.push(source);
      created.sources.push(id);
    }
    if (!indexed.has(source.id)) {
      const text = source.text ?? opts.sourceText(source.id);
      indexed.set(source.id, text === undefined ? null : indexText(text));
      if (text !== undefined && source.file && source.text === undefined)
        texts.set(source.file, text);
    }
    return { source, text: indexed.get(source.id)! };
  };

  const events: TimelineEventData[] = [];
  let uncited = 0;
  let unverifiedCount = 0;
  for (const d of draft.events) {
    const start = parseDate(d.start.trim());
    if (!start.ok) {
      left.push(`left out ${d.where} ("${d.title}"): start ${start.message}`);
      continue;
    }
    let end = d.end?.trim() || undefined;
    const notes: string[] = d.dateNote ? [d.dateNote] : [];
    if (end !== undefined) {
      const e = parseDate(end);
      const why = !e.ok
        ? e.message
        : endBeforeStart(start.value, e.value)
          ? `"${end}" is before the start`
          : null;
      if (why) {
        report.push(`${d.where}: end ${why}; kept in the date note instead`);
        notes.push(`The import was given the end "${end}", which was not usable.`);
        end = undefined;
      }
    }
    let title = d.title.trim();
    if (!title) {
      title = `Untitled (${d.where})`;
      report.push(`${d.where}: no title; called it "${title}"`);
    }
    let id: string;
    if (d.id && isValidId(d.id) && !eventIds.has(d.id)) id = eventIds.take(d.id);
    else {
      id = eventIds.fresh(d.id || title, 'event');
      if (d.id) report.push(`${d.where}: id "${d.id}" is taken or not a valid id; used "${id}"`);
    }

    const citations: Citation[] = [];
    const unverified: Citation[] = [];
    for (const c of d.citations) {
      if (!c.quote.trim()) continue;
      if (!c.source.trim()) {
        unverified.push({ source: '', quote: c.quote });
        report.push(`${d.where}: a quote names no source; kept under "unverified"`);
        continue;
      }
      const found = sourceFor(c.source);
      if ('reason' in found) {
        unverified.push({ source: c.source, quote: c.quote });
        report.push(`${d.where}: ${found.reason}; quote kept under "unverified"`);
        continue;
      }
      const { source, text } = found;
      if (!text) {
        if (source.kind === 'reference' && d.background)
          citations.push({ source: source.id, quote: c.quote });
        else {
          unverified.push({ source: source.id, quote: c.quote });
          report.push(
            `${d.where}: source "${source.id}" has no text to check against; quote kept under "unverified"`,
          );
        }
        continue;
      }
      const at = locateQuote(text, c.quote);
      if (at.kind === 'found') citations.push({ source: source.id, quote: c.quote });
      else {
        unverified.push({ source: source.id, quote: c.quote });
        report.push(
          `${d.where}: quote ${at.kind === 'missing' ? 'not found' : `found ${at.count} times`} in source "${source.id}"; kept under "unverified"`,
        );
      }
    }
    const lane = laneFor(d.lane);
    const actorList = (d.actors ?? []).map(actorFor).filter((a): a is string => a !== null);
    if (citations.length === 0) uncited++;
    unverifiedCount += unverified.length;
    events.push(
      compact({
        id,
        title,
        start: d.start.trim(),
        end,
        approximate: d.approximate || undefined,
        dateNote: notes.length ? notes.join(' ') : undefined,
        lane,
        actors: actorList.length ? [...new Set(actorList)] : undefined,
        summary: summaryWithMarkers(d.summary, citations.length),
        disputed: d.disputed?.trim() || undefined,
        background: d.background || undefined,
        status: citations.length === 0 ? ('uncited' as const) : undefined,
        citations,
        unverified: unverified.length ? unverified : undefined,
        media: d.media,
        tags: d.tags?.length ? [...d.tags] : undefined,
      }),
    );
  }

  const chapterIds = new IdAllocator();
  const chapters: Chapter[] = [];
  for (const c of draft.chapters ?? []) {
    const a = parseDate(c.start.trim());
    const b = parseDate(c.end.trim());
    if (!a.ok || !b.ok || b.value.endMs <= a.value.startMs) {
      left.push(
        `left out ${c.where} ("${c.label}"): its dates "${c.start}" to "${c.end}" are not a window`,
      );
      continue;
    }
    const label = c.label.trim() || `${c.start}–${c.end}`;
    chapters.push({
      id: chapterIds.fresh(label, 'chapter'),
      label,
      start: c.start.trim(),
      end: c.end.trim(),
    });
  }

  const data = compact({
    title: base?.title ?? (draft.title?.trim() || opts.fallbackTitle || 'Imported timeline'),
    description: base?.description ?? (draft.description?.trim() || undefined),
    view: base?.view,
    chapters: base?.chapters ?? (chapters.length ? chapters : undefined),
    lanes: lanes.length ? lanes : [{ ...DEFAULT_LANE }],
    actors: actors.length ? actors : undefined,
    sources,
    events,
  }) as TimelineData;

  const cited = events.length - uncited;
  const summary = [
    `${events.length} event(s): ${cited} cited, ${uncited} uncited (marked "status": "uncited")` +
      (unverifiedCount
        ? `; ${unverifiedCount} quote(s) not verified, kept under "unverified"`
        : ''),
  ];
  if (created.lanes.length) summary.push(`created lane(s): ${created.lanes.join(', ')}`);
  if (created.actors.length)
    summary.push(
      `created actor(s), kind "person" until you say otherwise: ${created.actors.join(', ')}`,
    );
  if (created.sources.length)
    summary.push(
      `created source(s), titled by their id until you give a title: ${created.sources.join(', ')}`,
    );
  if (chapters.length) summary.push(`${chapters.length} chapter(s)`);
  if (left.length) summary.push(`${left.length} item(s) left out:`);
  return { data, texts, report: [...summary, ...left, ...report] };
}

/** The object without its undefined keys, so the JSON written has no empty fields. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
