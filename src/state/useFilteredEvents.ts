import { useMemo } from 'react';
import { filterEvents, type FilterResult } from '../core';
import { useTimelineStore } from './TimelineProvider';

const EMPTY: FilterResult = {
  events: [],
  reasons: new Map(),
  counts: { lanes: new Map(), actors: new Map(), sources: new Map() },
};

/**
 * The filtered events, shared by the timeline and the list so both show the same set.
 * (Search's code stays with first paint, so the first keystroke is answered right; its index,
 * the lower-cased texts, is built on the first search.)
 */
export function useFilteredEvents(): FilterResult {
  const timeline = useTimelineStore((s) => s.timeline);
  const filter = useTimelineStore((s) => s.filter);
  return useMemo(() => (timeline ? filterEvents(timeline, filter) : EMPTY), [timeline, filter]);
}
