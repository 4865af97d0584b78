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

/** What a search found of each event (searchMarks): nothing, its own text, a passage it cites. */
export const NONE = 0;
export const OWN = 1;
export const CITED = 2;

export interface FilterResult {
  readonly events: readonly TimelineEvent[];
  /**
   * The ids of the events found only through a passage they cite that holds the hit (the
   * others matched by their own text); empty without a search.
   */
  readonly bySource: ReadonlySet<string>;
  /** Events per lane, actor and source within the other filters, for the controls' counts. */
  readonly counts: {
    readonly lanes: ReadonlyMap<string, number>;
    readonly actors: ReadonlyMap<string, number>;
    readonly sources: ReadonlyMap<string, number>;
  };
}
