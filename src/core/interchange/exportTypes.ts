import type { Timeline, TimelineEvent } from '../model/timeline';

/** What every exporter takes: a validated dataset, and the events to write (default: all). */
export interface ExportInput {
  readonly timeline: Timeline;
  /** The events to export, in time order (the app passes the filtered ones). */
  readonly events?: readonly TimelineEvent[];
  /** When the export is made (iCalendar's DTSTAMP); now by default. */
  readonly now?: Date;
}

export interface ExportResult {
  readonly text: string;
  readonly mediaType: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  /** What the format could not hold, one line each (empty when nothing was lost). */
  readonly notes: readonly string[];
}

export const eventsOf = (input: ExportInput) => input.events ?? input.timeline.events;
