import { createStore } from 'zustand/vanilla';
import { NO_FILTER, type EpochMs, type EventFilter, type Problem, type Timeline } from '../core';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** Which source is open in the reader, and which citation (event + index) brought it there. */
export interface ReaderState {
  readonly sourceId: string;
  readonly eventId?: string;
  readonly citation?: number;
}

export type ViewMode = 'timeline' | 'list';
export type TimeWindow = readonly [EpochMs, EpochMs];

export interface TimelineState {
  readonly status: LoadStatus;
  readonly timeline: Timeline | null;
  readonly problems: readonly Problem[];
  readonly selectedId: string | null;
  readonly reader: ReaderState | null;
  /** The visible window of time; null until the view has picked its first one. */
  readonly window: TimeWindow | null;
  readonly filter: EventFilter;
  readonly mode: ViewMode;
  setLoaded(timeline: Timeline, problems: readonly Problem[], status?: LoadStatus): void;
  select(id: string | null): void;
  openSource(reader: ReaderState): void;
  closeSource(): void;
  setWindow(w: TimeWindow): void;
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
  return createStore<TimelineState>()((set) => ({
    status: 'loading',
    timeline: null,
    problems: [],
    selectedId: init.selectedId ?? null,
    reader: init.reader ?? null,
    window: init.window ?? null,
    filter: init.filter ?? NO_FILTER,
    mode: init.mode ?? 'timeline',
    setLoaded: (timeline, problems, status = 'ready') => set({ timeline, problems, status }),
    select: (selectedId) => set({ selectedId }),
    openSource: (reader) => set((s) => ({ reader, selectedId: reader.eventId ?? s.selectedId })),
    closeSource: () => set({ reader: null }),
    setWindow: (window) =>
      set((s) =>
        s.window && s.window[0] === window[0] && s.window[1] === window[1] ? s : { window },
      ),
    setQuery: (query) => set((s) => ({ filter: { ...s.filter, query } })),
    toggleFacet: (facet, id) =>
      set((s) => ({ filter: { ...s.filter, [facet]: toggle(s.filter[facet], id) } })),
    clearFilter: () => set({ filter: NO_FILTER }),
    setMode: (mode) => set({ mode }),
    restore: (s) => set(s),
  }));
}
