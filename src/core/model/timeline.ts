import type { ParsedDate } from '../time/parseDate';
import type { EpochMs } from '../units';
import type { Actor, Citation, Lane, Source, TimelineEventData } from './schema';

/** A citation whose passage has been found: [start, end) in the source's original text. */
export interface LocatedCitation extends Citation {
  /** Null for a reference source that ships no text. */
  readonly range: readonly [number, number] | null;
}

/** A source with its text resolved (from `text` or `file`). */
export interface SourceDoc extends Source {
  readonly body: string | null;
  /** `published`, parsed (once, here), for wording it like an event's date. */
  readonly publishedDate?: ParsedDate;
}

/** An event past the boundary: checked, with parsed dates and located citations. */
export interface TimelineEvent extends Omit<TimelineEventData, 'citations'> {
  readonly startDate: ParsedDate;
  readonly endDate?: ParsedDate;
  /** Where the mark starts and ends on the time axis. */
  readonly t0: EpochMs;
  readonly t1: EpochMs;
  readonly citations: readonly LocatedCitation[];
}

/** A named window of time ("Week of talks"), from its start's first instant to its end's last. */
export interface ChapterWindow {
  readonly id: string;
  readonly label: string;
  readonly start: EpochMs;
  readonly end: EpochMs;
}

/** A validated dataset. Events are sorted chronologically. */
export interface Timeline {
  readonly chapters: readonly ChapterWindow[];
  /** The window to show first, when the data names one. */
  readonly view: readonly [EpochMs, EpochMs] | null;
  /**
   * The clock times of day are drawn by (minutes east of UTC; time/clock.ts), which the axis
   * names; undefined when the data gives no time of day.
   */
  readonly clock?: number;
  readonly title: string;
  readonly description?: string;
  readonly lanes: readonly Lane[];
  readonly actors: readonly Actor[];
  readonly sources: readonly SourceDoc[];
  readonly events: readonly TimelineEvent[];
  /** Events by id. */
  readonly eventsById: ReadonlyMap<string, TimelineEvent>;
}

export interface Problem {
  readonly severity: 'error' | 'warning';
  /** Where: `events[12] (geneva-talks).citations[0].quote`. */
  readonly path: string;
  readonly message: string;
}
