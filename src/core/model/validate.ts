import * as z from 'zod/mini';
import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import { parseDate, type ParsedDate } from '../time/parseDate';
import { closestPassage, indexText, locateQuote, type IndexedText } from './locateQuote';
import {
  actorSchema,
  chapterSchema,
  dateString,
  eventSchema,
  laneSchema,
  sourceSchema,
  type Source,
} from './schema';
import type {
  ChapterWindow,
  LocatedCitation,
  Problem,
  SourceDoc,
  Timeline,
  TimelineEvent,
} from './timeline';
import { epochMs, type EpochMs } from '../units';

/** Source texts by the `file` value that names them; a missing entry means it could not be read. */
export type SourceTexts = ReadonlyMap<string, string>;

export interface ValidationResult {
  /** The valid part: every event with an error is left out (and named in `problems`). */
  readonly timeline: Timeline;
  readonly problems: readonly Problem[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
// String(): JSON.stringify(undefined) is undefined, not a string.
const show = (v: unknown) => clip(String(JSON.stringify(v)), 60);

function zodProblems(base: string, error: $ZodError): Problem[] {
  return error.issues.map((issue: $ZodIssue) => {
    const tail = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    return { severity: 'error' as const, path: base + tail, message: issue.message };
  });
}

function label(collection: string, index: number, item: unknown): string {
  const id = isObject(item) && typeof item.id === 'string' ? ` (${clip(item.id, 40)})` : '';
  return `${collection}[${index}]${id}`;
}

/** Parses each item on its own so one bad item costs only itself. Duplicate ids are errors. */
function parseEach<T extends { id: string }>(
  raw: unknown,
  collection: string,
  schema: z.ZodMiniType<T>,
  problems: Problem[],
  required: boolean,
): T[] {
  if (raw === undefined && !required) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      severity: 'error',
      path: collection,
      message: `expected a list, got ${raw === undefined ? 'nothing' : show(raw)}`,
    });
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((item, i) => {
    const where = label(collection, i, item);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      problems.push(...zodProblems(where, parsed.error));
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({
        severity: 'error',
        path: `${where}.id`,
        message: `duplicate id "${parsed.data.id}"`,
      });
      return;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

function resolveSources(sources: Source[], texts: SourceTexts, problems: Problem[]) {
  const docs: SourceDoc[] = [];
  const indexed = new Map<string, IndexedText>();
  sources.forEach((s, i) => {
    const where = label('sources', i, s);
    let body: string | null = s.text ?? null;
    if (body === null && s.file !== undefined) {
      body = texts.get(s.file) ?? null;
      if (body === null)
        problems.push({
          severity: 'error',
          path: `${where}.file`,
          message: `could not read "${clip(s.file)}"`,
        });
    }
    if (body === null && s.kind === 'article' && s.file === undefined) {
      problems.push({
        severity: 'error',
        path: where,
        message: 'an article needs its text: give "file" or "text"',
      });
    }
    const published = s.published === undefined ? null : parseDate(s.published);
    if (published && !published.ok) {
      problems.push({ severity: 'error', path: `${where}.published`, message: published.message });
    }
    docs.push({ ...s, body });
    if (body !== null) indexed.set(s.id, indexText(body));
  });
  return { docs, indexed };
}

/**
 * Checks untrusted JSON against the contract and everything the schema cannot say:
 * unique ids, references, calendar dates, ranges, and that each quote is found exactly once
 * in its source. Never throws; returns the valid part and every problem with its path.
 */
export function validateTimeline(raw: unknown, texts: SourceTexts): ValidationResult {
  const problems: Problem[] = [];
  const root = isObject(raw) ? raw : {};
  if (!isObject(raw)) {
    problems.push({
      severity: 'error',
      path: '(root)',
      message: `expected a timeline object, got ${show(raw)}`,
    });
  }
  let title = 'Untitled timeline';
  if (typeof root.title === 'string' && root.title.trim()) title = root.title;
  else if (isObject(raw))
    problems.push({ severity: 'error', path: 'title', message: 'expected a non-empty string' });
  const description = typeof root.description === 'string' ? root.description : undefined;

  const lanes = parseEach(root.lanes, 'lanes', laneSchema, problems, true);
  const actors = parseEach(root.actors, 'actors', actorSchema, problems, false);
  const sourceList = parseEach(root.sources, 'sources', sourceSchema, problems, true);
  const { docs, indexed } = resolveSources(sourceList, texts, problems);

  const laneIds = new Set(lanes.map((l) => l.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const sourceById = new Map(docs.map((s) => [s.id, s]));
  const usedLanes = new Set<string>();
  const usedSources = new Set<string>();
  const usedActors = new Set<string>();

  const rawEvents = Array.isArray(root.events) ? root.events : [];
  if (!Array.isArray(root.events) && isObject(raw)) {
    problems.push({
      severity: 'error',
      path: 'events',
      message: `expected a list, got ${root.events === undefined ? 'nothing' : show(root.events)}`,
    });
  }
  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  rawEvents.forEach((item, i) => {
    const where = label('events', i, item);
    const parsed = eventSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(...zodProblems(where, parsed.error));
      return;
    }
    const e = parsed.data;
    const before = problems.length;
    const err = (path: string, message: string) =>
      problems.push({ severity: 'error', path: `${where}${path}`, message });

    if (eventIds.has(e.id)) err('.id', `duplicate id "${e.id}"`);
    eventIds.add(e.id);
    const start = parseDate(e.start);
    if (!start.ok) err('.start', start.message);
    let endDate: ParsedDate | undefined;
    if (e.end !== undefined) {
      const end = parseDate(e.end);
      if (!end.ok) err('.end', end.message);
      else endDate = end.value;
      if (start.ok && end.ok && end.value.endMs < start.value.endMs) {
        err('.end', `"${e.end}" is before start "${e.start}"`);
      }
    }
    if (!laneIds.has(e.lane)) err('.lane', `no lane with id "${clip(e.lane, 40)}"`);
    usedLanes.add(e.lane);
    (e.actors ?? []).forEach((a, k) => {
      usedActors.add(a);
      if (!actorIds.has(a)) err(`.actors[${k}]`, `no actor with id "${clip(a, 40)}"`);
    });

    const citations: LocatedCitation[] = [];
    e.citations.forEach((c, k) => {
      const at = `.citations[${k}]`;
      usedSources.add(c.source);
      const src = sourceById.get(c.source);
      if (!src) return void err(`${at}.source`, `no source with id "${clip(c.source, 40)}"`);
      const text = indexed.get(c.source);
      if (!text) {
        if (src.kind === 'reference' && src.file === undefined) {
          if (!e.background)
            err(
              `${at}.source`,
              `"${c.source}" is a reference with no text: only background events may cite it`,
            );
          citations.push({ ...c, range: null });
        }
        return; // a missing file was reported on the source
      }
      const found = locateQuote(text, c.quote);
      if (found.kind === 'missing') {
        err(
          `${at}.quote`,
          `not found in source "${clip(src.title, 60)}"; closest: "${clip(closestPassage(text, c.quote), 120)}"`,
        );
      } else if (found.kind === 'ambiguous') {
        err(
          `${at}.quote`,
          `found ${found.count} times in source "${clip(src.title, 60)}": quote a longer passage`,
        );
      } else {
        citations.push({ source: c.source, quote: c.quote, range: [found.start, found.end] });
      }
    });

    if (problems.length > before || !start.ok) return;
    // One fixed shape for every event (no spread of optional keys), so the hot loops over
    // 100,000 events (sorting, culling, layout) stay monomorphic.
    events.push({
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      approximate: e.approximate,
      dateNote: e.dateNote,
      lane: e.lane,
      actors: e.actors,
      summary: e.summary,
      disputed: e.disputed,
      background: e.background,
      tags: e.tags,
      citations,
      startDate: start.value,
      endDate,
      t0: start.value.startMs,
      t1: epochMs(Math.max(start.value.endMs, endDate?.endMs ?? 0)),
    });
  });

  lanes.forEach((l, i) => {
    if (!usedLanes.has(l.id))
      problems.push({
        severity: 'warning',
        path: label('lanes', i, l),
        message: 'no event uses this lane',
      });
  });
  docs.forEach((s, i) => {
    if (!usedSources.has(s.id))
      problems.push({
        severity: 'warning',
        path: label('sources', i, s),
        message: 'no event cites this source',
      });
  });
  actors.forEach((a, i) => {
    if (!usedActors.has(a.id))
      problems.push({
        severity: 'warning',
        path: label('actors', i, a),
        message: 'no event names this actor',
      });
  });

  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  const chapters = parseEach(root.chapters, 'chapters', chapterSchema, problems, false)
    .map((c, i) => ({
      id: c.id,
      label: c.label,
      ...windowOf(c, label('chapters', i, c), problems),
    }))
    .filter((c): c is ChapterWindow => c.start !== undefined);
  let view: Timeline['view'] = null;
  if (root.view !== undefined) {
    const v = viewSchema.safeParse(root.view);
    if (!v.success) problems.push(...zodProblems('view', v.error));
    else {
      const w = windowOf(v.data, 'view', problems);
      if (w.start !== undefined) view = [w.start, w.end];
    }
  }
  return {
    timeline: {
      title,
      description,
      lanes,
      actors,
      sources: docs,
      events,
      eventsById: new Map(events.map((e) => [e.id, e])),
      chapters,
      view,
    },
    problems,
  };
}

const viewSchema = z.object({ start: dateString, end: dateString });

/** A window from two contract dates: the start's first instant to the end's last. */
function windowOf(
  w: { start: string; end: string },
  where: string,
  problems: Problem[],
): { start: EpochMs; end: EpochMs } | { start?: undefined; end?: undefined } {
  const a = parseDate(w.start);
  const b = parseDate(w.end);
  if (!a.ok) problems.push({ severity: 'error', path: `${where}.start`, message: a.message });
  if (!b.ok) problems.push({ severity: 'error', path: `${where}.end`, message: b.message });
  if (!a.ok || !b.ok) return {};
  if (b.value.endMs <= a.value.startMs) {
    problems.push({
      severity: 'error',
      path: `${where}.end`,
      message: `"${w.end}" is before start "${w.start}"`,
    });
    return {};
  }
  return { start: a.value.startMs, end: b.value.endMs };
}

/** "events[12] (geneva-talks).citations[0].quote: not found …" */
export const formatProblem = (p: Problem) => `${p.path}: ${p.message}`;
