import { useEffect, useMemo } from 'react';
import { isFiltering, unfiltered, type FilterResult } from '../core';
import { afterPaint, lazyChunk, useChunk } from './lazyChunk';
import { useTimelineStore } from './TimelineProvider';

const EMPTY: FilterResult = {
  events: [],
  reasons: new Map(),
  counts: { lanes: new Map(), actors: new Map(), sources: new Map() },
};

/**
 * Filtering and search, in their own chunk: the first paint shows every event (with the
 * counts), and the chunk arrives just after it, before anyone has typed.
 */
export const filterChunk = lazyChunk(() => import('../core/filter/filterEvents'));

/** The filtered events, shared by the timeline and the list so both show the same set. */
export function useFilteredEvents(): FilterResult {
  const timeline = useTimelineStore((s) => s.timeline);
  const filter = useTimelineStore((s) => s.filter);
  const filtering = isFiltering(filter);
  const filters = useChunk(filterChunk, filtering);
  useEffect(() => {
    if (timeline) void afterPaint().then(filterChunk.load);
  }, [timeline]);
  return useMemo(() => {
    if (!timeline) return EMPTY;
    // Until the chunk is here (a few ms after the first filter, at worst), show everything.
    return filtering && filters ? filters.filterEvents(timeline, filter) : unfiltered(timeline);
  }, [timeline, filter, filtering, filters]);
}
