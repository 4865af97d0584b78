import type { TimelineEvent } from '../model/timeline';

/** What the reader narrowed the events to. Empty lists mean "all". */
export interface EventFilter {
  readonly query: string;
  readonly lanes: readonly string[];
  readonly actors: readonly string[];
  readonly sources: readonly string[];
}

export const NO_FILTER: EventFilter = { query: '', lanes: [], actors: [], sources: [] };

export const isFiltering = (f: EventFilter) =>
  f.query.trim() !== '' || f.lanes.length > 0 || f.actors.length > 0 || f.sources.length > 0;

/** Why an event matched the search: its own text, or a passage it cites that holds the hit. */
export type MatchReason = 'event' | 'source';

export interface FilterResult {
  readonly events: readonly TimelineEvent[];
  readonly reasons: ReadonlyMap<string, MatchReason>;
  /** Events per lane, actor and source within the other filters, for the controls' counts. */
  readonly counts: {
    readonly lanes: ReadonlyMap<string, number>;
    readonly actors: ReadonlyMap<string, number>;
    readonly sources: ReadonlyMap<string, number>;
  };
}
