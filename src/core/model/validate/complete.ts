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

/** Time order: by start, then by end. */
export const byTime = (a: TimelineEvent, b: TimelineEvent) => a.t0 - b.t0 || a.t1 - b.t1;

/**
 * Runs sorted by time (each a stable sort of consecutive events of the data), merged into
 * one: the same order as a stable sort of them all (a tie goes to the earlier run). Lets a
 * page sort each batch as it comes and only merge at the end.
 */
export function mergeRuns(runs: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  let merged = runs.map((r) => [...r]);
  if (merged.length === 0) return [];
  while (merged.length > 1) {
    const next: TimelineEvent[][] = [];
    for (let i = 0; i < merged.length; i += 2) {
      const a = merged[i]!;
      const b = merged[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out: TimelineEvent[] = new Array(a.length + b.length);
      let x = 0;
      let y = 0;
      let k = 0;
      while (x < a.length && y < b.length) out[k++] = byTime(b[y]!, a[x]!) < 0 ? b[y++]! : a[x++]!;
      while (x < a.length) out[k++] = a[x++]!;
      while (y < b.length) out[k++] = b[y++]!;
      next.push(out);
    }
    merged = next;
  }
  return merged[0]!;
}

/**
 * The result from finished parts: the events in time order (a stable sort), and by id.
 * `sorted`, when given, is those same events already in time order (see mergeRuns).
 */
export function completeTimeline(
  parts: ValidatedParts,
  sorted?: readonly TimelineEvent[],
): ValidationResult {
  const events = sorted ? [...sorted] : [...parts.events].sort(byTime);
  return {
    timeline: { ...parts.head, events, eventsById: new Map(events.map((e) => [e.id, e])) },
    problems: parts.problems,
  };
}
