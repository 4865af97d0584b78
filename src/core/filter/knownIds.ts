import type { Timeline } from '../model/timeline';
import type { EventFilter } from './eventFilter';

const known = (ids: readonly string[], have: readonly { readonly id: string }[]) =>
  ids.filter((id) => have.some((x) => x.id === id));

/**
 * The filter without the lanes, actors and sources the timeline does not have: a link made
 * for other data (or before an id was renamed) would otherwise filter out every event, with
 * no box ticked to say so. The same filter when nothing is unknown.
 */
export function withKnownIds(f: EventFilter, t: Timeline): EventFilter {
  const lanes = known(f.lanes, t.lanes);
  const actors = known(f.actors, t.actors);
  const sources = known(f.sources, t.sources);
  return lanes.length + actors.length + sources.length ===
    f.lanes.length + f.actors.length + f.sources.length
    ? f
    : { ...f, lanes, actors, sources };
}
