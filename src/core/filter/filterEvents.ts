import { stripMarkers } from '../model/stripMarkers';
import type { Timeline, TimelineEvent } from '../model/timeline';
import type { EventFilter, FilterResult, MatchReason } from './eventFilter';
import { countActors, countLanes, countSources } from './facetCounts';

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

/** The events that pass the filter, in time order, with counts for each facet. */
export function filterEvents(t: Timeline, f: EventFilter): FilterResult {
  const reasons = search(t, f.query);
  const searched = f.query.trim() ? t.events.filter((e) => reasons.has(e.id)) : t.events;
  const faceted = f.lanes.length + f.actors.length + f.sources.length > 0;
  return {
    events: faceted ? searched.filter((e) => matchesFacets(e, f)) : searched,
    reasons,
    counts: {
      lanes: countLanes(faceted ? searched.filter((e) => matchesFacets(e, f, 'lanes')) : searched),
      actors: countActors(
        faceted ? searched.filter((e) => matchesFacets(e, f, 'actors')) : searched,
      ),
      sources: countSources(
        faceted ? searched.filter((e) => matchesFacets(e, f, 'sources')) : searched,
      ),
    },
  };
}
