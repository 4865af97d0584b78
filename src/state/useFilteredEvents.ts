import { useDeferredValue } from 'react';
import { filterEvents, type EventFilter, type FilterResult, type Timeline } from '../core';
import { lazyChunk, useChunk } from './lazyChunk';
import { useTimelineStore } from './TimelineProvider';

const EMPTY: FilterResult = {
  events: [],
  bySource: new Set(),
  counts: { lanes: new Map(), actors: new Map(), sources: new Map() },
};

/**
 * The text search: fetched once the timeline has painted, before anyone types, or with the
 * data when the first view has a search (app/chunks.ts).
 */
export const textSearch = lazyChunk(() => import('../core/filter/searchMarks'));

// One result per timeline and filter, whichever components ask (the app and the Download
// menu): each asking component's own memo would pay for it again. Keyed by the objects
// themselves, so two timelines on a page never share one, and a result goes with its filter.
// Until the search's chunk is here, a filter with a search cannot be applied: the result
// shown is the timeline's last one (`latest`), as while any search is being worked out.
const results = new WeakMap<Timeline, WeakMap<EventFilter, FilterResult>>();
const latest = new WeakMap<Timeline, FilterResult>();
function shared(
  timeline: Timeline,
  filter: EventFilter,
  search: typeof textSearch.current,
): FilterResult {
  let byFilter = results.get(timeline);
  if (!byFilter) results.set(timeline, (byFilter = new WeakMap()));
  let r = byFilter.get(filter);
  if (!r && !search && filter.query.trim())
    return latest.get(timeline) ?? shared(timeline, { ...filter, query: '' }, null);
  if (!r) byFilter.set(filter, (r = filterEvents(timeline, filter, search?.searchMarks)));
  latest.set(timeline, r);
  return r;
}

/**
 * The filtered events, shared by the timeline and the list so both show the same set. The
 * search's chunk is fetched once the timeline has painted, a moment before anyone can type.
 */
export function useFilteredEvents(): FilterResult {
  const timeline = useTimelineStore((s) => s.timeline);
  // The search box shows a keystroke at once; the events it finds follow in a render of
  // their own, which the next keystroke may overtake.
  const filter = useDeferredValue(useTimelineStore((s) => s.filter));
  const search = useChunk(textSearch, timeline !== null, true);
  return timeline ? shared(timeline, filter, search) : EMPTY;
}
