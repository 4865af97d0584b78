import { useDeferredValue } from 'react';
import { filterEvents, type EventFilter, type FilterResult, type Timeline } from '../core';
import { useTimelineStore } from './TimelineProvider';

const EMPTY: FilterResult = {
  events: [],
  reasons: new Map(),
  counts: { lanes: new Map(), actors: new Map(), sources: new Map() },
};

// One result per timeline and filter, whichever components ask (the app and the Download
// menu): filtering 100,000 events costs a keystroke a few hundred ms, and each asking
// component's own memo would pay it again. Keyed by the objects themselves, so two
// timelines on a page never share one, and a result goes with its filter.
const results = new WeakMap<Timeline, WeakMap<EventFilter, FilterResult>>();
function shared(timeline: Timeline, filter: EventFilter): FilterResult {
  let byFilter = results.get(timeline);
  if (!byFilter) results.set(timeline, (byFilter = new WeakMap()));
  let r = byFilter.get(filter);
  if (!r) byFilter.set(filter, (r = filterEvents(timeline, filter)));
  return r;
}

/**
 * The filtered events, shared by the timeline and the list so both show the same set.
 * (Search's code stays with first paint, so the first keystroke is answered right; its index,
 * the folded texts, is built on the first search.)
 */
export function useFilteredEvents(): FilterResult {
  const timeline = useTimelineStore((s) => s.timeline);
  // The search box shows a keystroke at once; the events it finds follow in a render of
  // their own, which the next keystroke may overtake.
  const filter = useDeferredValue(useTimelineStore((s) => s.filter));
  return timeline ? shared(timeline, filter) : EMPTY;
}
