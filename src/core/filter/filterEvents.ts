import { stripMarkers } from '../model/claims';
import type { Timeline, TimelineEvent } from '../model/timeline';

/** What the reader narrowed the events to. Empty lists mean "all". */
export interface EventFilter {
  readonly query: string;
  readonly lanes: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly string[];
}

const NONE: readonly string[] = [];

export const NO_FILTER: EventFilter = { query: '', lanes: [], actors: [], sources: [] };

export const isFiltering = (f: EventFilter) =>
  f.query.trim() !== '' || f.lanes.length > 0 || f.actors.length > 0 || f.sources.length > 0;

/** Why an event matched the search: its own text, or a passage it cites that holds the hit. */
export type MatchReason = 'event' | 'source';

export interface FilterResult {
  readonly events: readonly TimelineEvent[];
  readonly reasons: ReadonlyMap<string, MatchReason>;
  /** Events per lane, actor and source within the other filters, for the controls' counts. */
  readonly counts: {
    readonly lanes: ReadonlyMap<string, number>;
    readonly actors: ReadonlyMap<string, number>;
    readonly sources: ReadonlyMap<string, number>;
  };
}

const lowerBodies = new WeakMap<Timeline, Map<string, string>>();
function lowered(t: Timeline): Map<string, string> {
  let m = lowerBodies.get(t);
  if (!m) {
    m = new Map(t.sources.filter((s) => s.body !== null).map((s) => [s.id, s.body!.toLowerCase()]));
    lowerBodies.set(t, m);
  }
  return m;
}

// A summary as searched: the prose a reader reads, so "1" or "[2" never matches a marker.
const prose = new WeakMap<TimelineEvent, string>();
function summaryProse(e: TimelineEvent): string {
  let p = prose.get(e);
  if (p === undefined) prose.set(e, (p = stripMarkers(e.summary)));
  return p;
}

/** Every offset where `needle` occurs in `hay`. */
function hits(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < 1000; at = hay.indexOf(needle, at + 1))
    out.push(at);
  return out;
}

/**
 * Searches titles, summaries, disagreement notes and quotes, and the full source texts:
 * a hit in a source selects only the events citing a passage that contains or overlaps it (a
 * hit merely near a passage says nothing about the event: short articles are all "near").
 */
function search(t: Timeline, query: string): Map<string, MatchReason> {
  const q = query.trim().toLowerCase();
  const out = new Map<string, MatchReason>();
  if (!q) return out;
  for (const e of t.events) {
    const own = [
      e.title,
      summaryProse(e),
      e.disputed ?? '',
      ...e.citations.map((c) => c.quote),
    ].some((s) => s.toLowerCase().includes(q));
    if (own) out.set(e.id, 'event');
  }
  const bodies = lowered(t);
  const sourceHits = new Map<string, number[]>();
  for (const [id, body] of bodies) {
    const h = hits(body, q);
    if (h.length) sourceHits.set(id, h);
  }
  if (sourceHits.size === 0) return out;
  for (const e of t.events) {
    if (out.has(e.id)) continue;
    const cited = e.citations.some((c) => {
      if (!c.range) return false;
      const [from, to] = c.range;
      return sourceHits.get(c.source)?.some((at) => at < to && at + q.length > from) ?? false;
    });
    if (cited) out.set(e.id, 'source');
  }
  return out;
}

const matchesFacets = (e: TimelineEvent, f: EventFilter, skip?: 'lanes' | 'actors' | 'sources') =>
  (skip === 'lanes' || f.lanes.length === 0 || f.lanes.includes(e.lane)) &&
  (skip === 'actors' ||
    f.actors.length === 0 ||
    (e.actors ?? []).some((a) => f.actors.includes(a))) &&
  (skip === 'sources' ||
    f.sources.length === 0 ||
    e.citations.some((c) => f.sources.includes(c.source)));

function count(
  events: readonly TimelineEvent[],
  keys: (e: TimelineEvent) => readonly string[],
): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) {
    const ks = keys(e);
    // An event counts once per key, however often it names it.
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (ks.indexOf(k) === i) m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

/** The events that pass the filter, in time order, with counts for each facet. */
export function filterEvents(t: Timeline, f: EventFilter): FilterResult {
  const reasons = search(t, f.query);
  const searched = f.query.trim() ? t.events.filter((e) => reasons.has(e.id)) : t.events;
  const faceted = f.lanes.length + f.actors.length + f.sources.length > 0;
  return {
    events: faceted ? searched.filter((e) => matchesFacets(e, f)) : searched,
    reasons,
    counts: {
      lanes: count(
        faceted ? searched.filter((e) => matchesFacets(e, f, 'lanes')) : searched,
        (e) => [e.lane],
      ),
      actors: count(
        faceted ? searched.filter((e) => matchesFacets(e, f, 'actors')) : searched,
        (e) => e.actors ?? NONE,
      ),
      sources: count(
        faceted ? searched.filter((e) => matchesFacets(e, f, 'sources')) : searched,
        (e) => e.citations.map((c) => c.source),
      ),
    },
  };
}
