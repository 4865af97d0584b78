import { decodeUrlState, encodeUrlState, type UrlState } from '../core';
import type { TimelineState, TimelineStore } from '../state';

/** The store's shareable part, as URL state. */
export function toUrlState(s: TimelineState): UrlState {
  return {
    event: s.selectedId,
    source: s.reader?.sourceId ?? null,
    cite: s.reader?.citation ?? null,
    window: s.window,
    lanes: s.filter.lanes,
    actors: s.filter.actors,
    sources: s.filter.sources,
    query: s.filter.query,
    mode: s.mode,
  };
}

/** URL state, as a store update. */
export function fromUrlState(u: UrlState): Parameters<TimelineState['restore']>[0] {
  return {
    selectedId: u.event,
    reader: u.source
      ? { sourceId: u.source, eventId: u.event ?? undefined, citation: u.cite ?? undefined }
      : null,
    window: u.window,
    filter: { query: u.query, lanes: u.lanes, actors: u.actors, sources: u.sources },
    mode: u.mode,
  };
}

/** The location the app should be at for this state (parameters it does not own are kept). */
export function hrefFor(s: TimelineState, location: { href: string }): string {
  const url = new URL(location.href);
  url.search = encodeUrlState(toUrlState(s), url.searchParams).toString();
  return url.href;
}

/**
 * Keeps a store and the page's URL in step: selections and opened sources push history
 * entries (so back/forward step through them); the window, filters and mode replace the
 * current entry. Back/forward restore the store. An embed uses 'replace' throughout, so
 * clicking inside it never adds entries to the host page's back button. Returns a stopper.
 */
export function syncUrl(
  store: TimelineStore,
  win: Window,
  history: 'push' | 'replace' = 'push',
): () => void {
  store.getState().restore(fromUrlState(decodeUrlState(new URLSearchParams(win.location.search))));
  let restoring = false;
  let timer: number | undefined;
  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const href = hrefFor(s, win.location);
    if (href === win.location.href) return;
    if (history === 'push' && (s.selectedId !== prev.selectedId || s.reader !== prev.reader)) {
      win.clearTimeout(timer);
      win.history.pushState(null, '', href);
    } else {
      // Zooming changes the window every frame; write it once things settle.
      win.clearTimeout(timer);
      timer = win.setTimeout(
        () => win.history.replaceState(null, '', hrefFor(store.getState(), win.location)),
        250,
      );
    }
  });
  const onPop = () => {
    restoring = true;
    store
      .getState()
      .restore(fromUrlState(decodeUrlState(new URLSearchParams(win.location.search))));
    restoring = false;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
