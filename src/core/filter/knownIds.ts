import type { Timeline } from '../model/timeline';
import type { EventFilter } from './eventFilter';

/**
 * The filter without the lanes, actors and sources the timeline does not have: a link made
 * for other data (or before an id was renamed) would otherwise filter out every event, with
 * no box ticked to say so. The same filter when nothing is unknown.
 */
export function withKnownIds(filter: EventFilter, timeline: Timeline): EventFilter {
  const keep = (ids: readonly string[], known: readonly { readonly id: string }[]) => {
    if (ids.length === 0) return ids;
    const have = new Set(known.map((x) => x.id));
    return ids.every((id) => have.has(id)) ? ids : ids.filter((id) => have.has(id));
  };
  const lanes = keep(filter.lanes, timeline.lanes);
  const actors = keep(filter.actors, timeline.actors);
  const sources = keep(filter.sources, timeline.sources);
  return lanes === filter.lanes && actors === filter.actors && sources === filter.sources
    ? filter
    : { ...filter, lanes, actors, sources };
}
