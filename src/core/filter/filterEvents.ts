import { stripMarkers } from '../model/stripMarkers';
import type { Timeline, TimelineEvent } from '../model/timeline';
import type { EventFilter, FilterResult, MatchReason } from './eventFilter';
import { foldText } from './foldText';
import { countActors, countLanes, countSources } from './facetCounts';

// Folded once, on the first search: the source texts, and what each actor is called.
const foldedBodies = new WeakMap<Timeline, Map<string, string>>();
function folded(t: Timeline): Map<string, string> {
  let m = foldedBodies.get(t);
  if (!m) {
    m = new Map(t.sources.filter((s) => s.body !== null).map((s) => [s.id, foldText(s.body!)]));
    foldedBodies.set(t, m);
  }
  return m;
}
const actorNames = new WeakMap<Timeline, Map<string, string>>();
function namesOf(t: Timeline): Map<string, string> {
  let m = actorNames.get(t);
  if (!m) {
    m = new Map(
      t.actors.map((a) => [
        a.id,
        foldText([a.name, ...(a.aliases ?? []), a.office ?? ''].join(SEP)),
      ]),
    );
    actorNames.set(t, m);
  }
  return m;
}

// Fields are joined by a character no query holds, so no hit spans two of them.
const SEP = '\u0000';

// An event's own text as searched, folded once: its title, the prose of its summary (so "1"
// or "[2" never matches a marker), its disagreement and date notes, tags and quotes.
const ownText = new WeakMap<TimelineEvent, string>();
function textOf(e: TimelineEvent): string {
  let s = ownText.get(e);
  if (s === undefined) {
    const fields = [e.title, stripMarkers(e.summary), e.disputed ?? '', e.dateNote ?? ''];
    for (const tag of e.tags ?? []) fields.push(tag);
    for (const c of e.citations) fields.push(c.quote);
    ownText.set(e, (s = foldText(fields.join(SEP))));
  }
  return s;
}

/** Every offset where `needle` occurs in `hay`. */
function hits(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < 1000; at = hay.indexOf(needle, at + 1))
    out.push(at);
  return out;
}

/**
 * Searches each event's own text (title, summary, notes, tags, quotes) and the names, other
 * names and offices of its actors, then the full source texts: a hit in a source selects only
 * the events citing a passage that contains or overlaps it (a hit merely near a passage says
 * nothing about the event: short articles are all "near"). Case and accents are set aside.
 */
function search(t: Timeline, query: string): Map<string, MatchReason> {
  const q = foldText(query.trim());
  const out = new Map<string, MatchReason>();
  if (!q) return out;
  const names = namesOf(t);
  for (const e of t.events) {
    const own =
      textOf(e).includes(q) || (e.actors ?? []).some((a) => names.get(a)?.includes(q) === true);
    if (own) out.set(e.id, 'event');
  }
  const bodies = folded(t);
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
