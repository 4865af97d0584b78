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

/** Two runs sorted by time merged into one; a tie goes to `a` (the earlier in the data). */
function mergeTwo(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = new Array(a.length + b.length);
  let x = 0;
  let y = 0;
  let k = 0;
  while (x < a.length && y < b.length) out[k++] = byTime(b[y]!, a[x]!) < 0 ? b[y++]! : a[x++]!;
  while (x < a.length) out[k++] = a[x++]!;
  while (y < b.length) out[k++] = b[y++]!;
  return out;
}

/**
 * Runs sorted by time (each a stable sort of consecutive events of the data, added in the
 * data's order) merged into one: the same order as a stable sort of them all (a tie goes to
 * the earlier run). Merged as they come, like a binary counter (a run is merged with the one
 * below it once it is as long), so a page that sorts each batch as it comes spreads the
 * merging over their arrival and `done` has only a few runs left to merge.
 */
export function runMerger() {
  const stack: (readonly TimelineEvent[])[] = [];
  return {
    add(run: readonly TimelineEvent[]) {
      stack.push(run);
      while (stack.length > 1 && stack.at(-1)!.length >= stack.at(-2)!.length) {
        const b = stack.pop()!;
        stack.push(mergeTwo(stack.pop()!, b));
      }
    },
    /** Everything added, in time order (a run added may be the array returned). */
    done(): TimelineEvent[] {
      let acc = stack.pop() ?? [];
      while (stack.length > 0) acc = mergeTwo(stack.pop()!, acc);
      return acc as TimelineEvent[];
    },
  };
}

/**
 * The result from finished parts: the events in time order (a stable sort), and by id.
 * `sorted`, when given, is those same events already in time order (see runMerger), in an
 * array the result may keep; `byId` the map of them by id, when built already.
 */
export function completeTimeline(
  parts: ValidatedParts,
  sorted?: TimelineEvent[],
  byId?: Map<string, TimelineEvent>,
): ValidationResult {
  const events = sorted ?? [...parts.events].sort(byTime);
  let eventsById = byId;
  if (!eventsById) {
    eventsById = new Map();
    for (let n = 0; n < events.length; n++) eventsById.set(events[n]!.id, events[n]!);
  }
  return {
    timeline: { ...parts.head, events, eventsById },
    problems: parts.problems,
  };
}
