import { createStore } from 'zustand/vanilla';
import {
  centreOn,
  chapterWindow,
  clampWindow,
  fitSpans,
  initialWindow,
  NO_FILTER,
  panBy,
  revealSpan,
  sameWindow,
  windowLimits,
  withKnownIds,
  zoomAbout,
  type EventFilter,
  type Problem,
  type Span,
  type Timeline,
  type TimeWindow,
  type WindowLimits,
} from '../core';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** How far a load has got, for the page to show while it works. */
export type LoadProgress =
  | { readonly phase: 'fetching' }
  | { readonly phase: 'checking'; readonly done: number; readonly total: number };

/** Which source is open in the reader, and which citation (event + index) brought it there. */
export interface ReaderState {
  readonly sourceId: string;
  readonly eventId?: string;
  readonly citation?: number;
}

export type ViewMode = 'timeline' | 'list';
export type { TimeWindow };

export interface TimelineState {
  readonly status: LoadStatus;
  readonly timeline: Timeline | null;
  readonly problems: readonly Problem[];
  readonly selectedId: string | null;
  readonly reader: ReaderState | null;
  /**
   * The visible window of time. Before data arrives it may hold a requested window (URL,
   * attribute); once data is loaded it is always within `limits`.
   */
  readonly window: TimeWindow | null;
  /** How far the view may go, from the loaded data; null before it loads. */
  readonly limits: WindowLimits | null;
  readonly filter: EventFilter;
  readonly mode: ViewMode;
  /** While loading: how far it has got (null when nothing is known yet, or once loaded). */
  readonly progress: LoadProgress | null;
  setLoaded(timeline: Timeline, problems: readonly Problem[], status?: LoadStatus): void;
  setProgress(progress: LoadProgress): void;
  /**
   * New data for the same dataset (the curator's desk, after each change): the window and
   * the selection are kept (the window clamped to the new limits), where setLoaded starts
   * new data from its own first window.
   */
  replaceData(timeline: Timeline, problems: readonly Problem[]): void;
  select(id: string | null): void;
  openSource(reader: ReaderState): void;
  closeSource(): void;
  /** Shows this window (a gesture, the brush, a link), kept within the limits. */
  setWindow(w: readonly [number, number]): void;
  /** Zooms by k (>1 zooms in) about instant `about` (default: the window's middle). */
  zoomBy(k: number, about?: number): void;
  /** Pans by a fraction of the window's span (positive: later). */
  panBy(fraction: number): void;
  /** Centres the window on an instant, keeping its span. */
  centreOn(t: number): void;
  /** Shows everything. */
  fit(): void;
  /** Shows all of these spans, with room each side for their marks and labels. */
  fitSpans(spans: readonly Span[], room?: number): void;
  /** The least move that brings a span into view. */
  reveal(span: Span): void;
  /** Shows a chapter of the data by its id. */
  showChapter(id: string): void;
  setQuery(query: string): void;
  toggleFacet(facet: 'lanes' | 'actors' | 'sources', id: string): void;
  clearFilter(): void;
  setMode(mode: ViewMode): void;
  /** Replaces the shareable state at once (URL restore, back/forward). */
  restore(
    s: Partial<Pick<TimelineState, 'selectedId' | 'reader' | 'window' | 'filter' | 'mode'>>,
  ): void;
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;
export type TimelineStoreInit = Partial<
  Pick<TimelineState, 'selectedId' | 'reader' | 'window' | 'filter' | 'mode'>
>;

const toggle = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

/** One store per timeline instance: two embeds on a page never share state. */
export function createTimelineStore(init: TimelineStoreInit = {}) {
  return createStore<TimelineState>()((set, get) => {
    /** Moves the window, unless it is already there: no store change, no render, no echo. */
    const move = (next: (w: TimeWindow, limits: WindowLimits) => TimeWindow) => {
      const { window: w, limits } = get();
      if (!w || !limits) return;
      const to = next(w, limits);
      if (!sameWindow(w, to)) set({ window: to });
    };
    return {
      status: 'loading',
      timeline: null,
      problems: [],
      selectedId: init.selectedId ?? null,
      reader: init.reader ?? null,
      window: init.window ?? null,
      limits: null,
      filter: init.filter ?? NO_FILTER,
      mode: init.mode ?? 'timeline',
      progress: null,
      setProgress: (progress) => {
        if (get().status === 'loading') set({ progress });
      },
      setLoaded: (timeline, problems, status = 'ready') =>
        set((s) => {
          const limits = windowLimits(timeline.events);
          // A window asked for before the first load (URL, attribute) is kept; new data
          // replacing old starts from its own first window.
          const window =
            s.window && !s.timeline
              ? clampWindow(s.window, limits)
              : initialWindow(timeline.view, limits);
          const filter = withKnownIds(s.filter, timeline);
          return { timeline, problems, status, limits, window, filter, progress: null };
        }),
      replaceData: (timeline, problems) =>
        set((s) => {
          const limits = windowLimits(timeline.events);
          const window = s.window
            ? clampWindow(s.window, limits)
            : initialWindow(timeline.view, limits);
          const filter = withKnownIds(s.filter, timeline);
          return { timeline, problems, status: 'ready', limits, window, filter, progress: null };
        }),
      select: (selectedId) => set({ selectedId }),
      openSource: (reader) => set((s) => ({ reader, selectedId: reader.eventId ?? s.selectedId })),
      closeSource: () => set({ reader: null }),
      setWindow: (w) => {
        const { limits, window } = get();
        // Before data arrives there are no limits yet; setLoaded clamps what was asked for.
        const to = limits ? clampWindow(w, limits) : (w as TimeWindow);
        if (!sameWindow(window, to)) set({ window: to });
      },
      zoomBy: (k, about) => move((w, l) => zoomAbout(w, k, about ?? (w[0] + w[1]) / 2, l)),
      panBy: (fraction) => move((w, l) => panBy(w, fraction, l)),
      centreOn: (t) => move((w, l) => centreOn(w, t, l)),
      fit: () => move((_, l) => l.extent),
      fitSpans: (spans, room) => move((w, l) => fitSpans(spans, l, room) ?? w),
      reveal: (span) => move((w, l) => revealSpan(w, span, l)),
      showChapter: (id) =>
        move((w, l) => {
          const c = get().timeline?.chapters.find((x) => x.id === id);
          return c ? chapterWindow(c, l) : w;
        }),
      setQuery: (query) => set((s) => ({ filter: { ...s.filter, query } })),
      toggleFacet: (facet, id) =>
        set((s) => ({ filter: { ...s.filter, [facet]: toggle(s.filter[facet], id) } })),
      clearFilter: () => set({ filter: NO_FILTER }),
      setMode: (mode) => set({ mode }),
      restore: (r) =>
        set((s) => {
          if (!s.timeline) return r;
          const known = r.filter ? { ...r, filter: withKnownIds(r.filter, s.timeline) } : r;
          if (r.window === undefined || !s.limits) return known;
          // No window in the restored state means the data's own first window.
          const window = r.window
            ? clampWindow(r.window, s.limits)
            : initialWindow(s.timeline.view, s.limits);
          return { ...known, window };
        }),
    };
  });
}
