import type { Timeline } from '../model/timeline';
import { countKeys, facet, hasKey } from './facets';
import { CITED, NONE, type EventFilter, type FilterResult } from './eventFilter';
import { perTimeline } from './perTimeline';
import type { searchMarks } from './searchMarks';

/** The text search (searchMarks.ts), a chunk of its own. */
export type Search = typeof searchMarks;

const facetsOf = perTimeline((t) => ({
  lanes: facet(t.events, (e) => [e.lane]),
  actors: facet(t.events, (e) => e.actors),
  sources: facet(t.events, (e) => e.citations.map((c) => c.source)),
}));

const FACETS = ['lanes', 'actors', 'sources'] as const;

/**
 * The events that pass the filter, in time order, with counts for each facet. A filter with a
 * search needs `search` (searchMarks); without it, the search is left out.
 */
export function filterEvents(t: Timeline, f: EventFilter, search?: Search): FilterResult {
  const all = facetsOf(t);
  const marks = search && f.query.trim() ? search(t, f.query) : null;
  const bySource = new Set<string>();
  // The searched events' positions in t.events.
  const searched: number[] = [];
  for (let i = 0; i < t.events.length; i++) {
    if (marks?.[i] === NONE) continue;
    searched.push(i);
    if (marks?.[i] === CITED) bySource.add(t.events[i]!.id);
  }
  // Each facet that filters: which of its keys are chosen, by index.
  const on = FACETS.map((name) =>
    f[name].length ? Uint8Array.from(all[name].ids, (id) => +f[name].includes(id)) : null,
  );
  const passes = (i: number, skip: number) =>
    on.every((keys, k) => k === skip || !keys || hasKey(all[FACETS[k]!], keys, i));
  const within = (skip: number) =>
    on.some(Boolean) ? searched.filter((i) => passes(i, skip)) : searched;
  return {
    events: marks || on.some(Boolean) ? within(-1).map((i) => t.events[i]!) : t.events,
    bySource,
    counts: {
      lanes: countKeys(all.lanes, within(0)),
      actors: countKeys(all.actors, within(1)),
      sources: countKeys(all.sources, within(2)),
    },
  };
}
