import { useEffect, useRef } from 'react';
import { countInWindow, isFiltering, type FilterResult } from '../core';
import { useTimelineStoreApi } from '../state';

/**
 * A search or filter whose results are all outside the window moves the window to them:
 * otherwise the timeline would show none of what was found. Only a change of the filter
 * does this (never a zoom, never the first render, which may restore a shared window).
 */
export function useFitToResults(result: FilterResult) {
  const store = useTimelineStoreApi();
  const last = useRef<FilterResult | null>(null);
  useEffect(() => {
    const previous = last.current;
    last.current = result;
    if (!previous || previous === result) return;
    const { window: w, filter } = store.getState();
    if (!w || !isFiltering(filter) || result.events.length === 0) return;
    if (countInWindow(result.events, w) === 0) store.getState().fitSpans(result.events);
  }, [result, store]);
}
