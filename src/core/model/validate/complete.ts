import type { Problem, Timeline, TimelineEvent } from '../timeline';

// The end of a validation, apart from the checking itself (and from the schema): what a
// page needs to finish one that a worker did (verdict.ts) without loading the validator.

export interface ValidationResult {
  /** The valid part: every event with an error is left out (and named in `problems`). */
  readonly timeline: Timeline;
  readonly problems: readonly Problem[];
}

/** Everything but the events, once validation is done. */
export type TimelineHead = Omit<Timeline, 'events' | 'eventsById'>;

/** A finished validation before its events are put in time order. */
export interface ValidatedParts {
  readonly head: TimelineHead;
  /** The valid events, in the data's order. */
  readonly events: readonly TimelineEvent[];
  /** For each valid event, its index in the data's `events`. */
  readonly indices: readonly number[];
  readonly problems: readonly Problem[];
}

/** The result from finished parts: the events in time order (a stable sort), and by id. */
export function completeTimeline(parts: ValidatedParts): ValidationResult {
  const events = [...parts.events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  return {
    timeline: { ...parts.head, events, eventsById: new Map(events.map((e) => [e.id, e])) },
    problems: parts.problems,
  };
}
