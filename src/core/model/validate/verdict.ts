import type { TimelineEventData } from '../schema';
import type { LocatedCitation, Problem, TimelineEvent } from '../timeline';
import {
  completeTimeline,
  memoDates,
  type TimelineHead,
  type ValidatedParts,
  type ValidationResult,
} from './complete';
import { isObject } from './problems';
import { toEvent } from './toEvent';

/**
 * What a validation found, small enough to post from a worker cheaply: everything but the
 * events, the problems, which events are valid, and where each of their quotes is. Posting
 * the 100,000 validated events themselves would cost more than the validation saves
 * (structured clone of that many objects is slower than JSON.parse); the main thread
 * parses its own copy of the JSON meanwhile and builds the events from this.
 */
export interface Verdict {
  readonly head: TimelineHead;
  readonly problems: readonly Problem[];
  /** The valid events' indices in the data's `events`, in order. */
  readonly indices: Int32Array;
  /** For each valid event, for each of its citations in the data: [start, end] in its source. */
  readonly ranges: Int32Array;
}

/** In `ranges`: a citation of a reference with no text (its range is null). */
const NO_TEXT = -1;
/** In `ranges`: a citation the event is kept without (its source's file could not be read). */
const LEFT_OUT = -2;

const eventsOf = (raw: unknown): unknown[] =>
  isObject(raw) && Array.isArray(raw.events) ? raw.events : [];
const citationsOf = (item: unknown): readonly { source: string; quote: string }[] =>
  (item as TimelineEventData).citations;

/** The verdict of a finished validation of `raw`. */
export function verdictOf(raw: unknown, parts: ValidatedParts): Verdict {
  const items = eventsOf(raw);
  const ranges: number[] = [];
  parts.events.forEach((e, n) => {
    const located = e.citations;
    let j = 0;
    // Located citations are the data's, in order, less any left out; an equal pair matches.
    for (const c of citationsOf(items[parts.indices[n]!])) {
      const l = located[j];
      if (l && l.source === c.source && l.quote === c.quote) {
        ranges.push(l.range ? l.range[0] : NO_TEXT, l.range ? l.range[1] : NO_TEXT);
        j++;
      } else ranges.push(LEFT_OUT, LEFT_OUT);
    }
  });
  return {
    head: parts.head,
    problems: parts.problems,
    indices: Int32Array.from(parts.indices),
    ranges: Int32Array.from(ranges),
  };
}

/**
 * The validation's result from a verdict and the same data it was given: the events built
 * from `raw` exactly as validation builds them. `raw` must be the data the verdict is of.
 */
export function assembleVerdict(raw: unknown, verdict: Verdict): ValidationResult {
  const items = eventsOf(raw);
  const parseDate = memoDates();
  const events: TimelineEvent[] = new Array(verdict.indices.length);
  // Events citing the same passage share one range, as validation's do.
  const shared = new Map<string, Map<number, readonly [number, number]>>();
  let r = 0;
  for (let n = 0; n < verdict.indices.length; n++) {
    const e = items[verdict.indices[n]!] as TimelineEventData;
    const citations: LocatedCitation[] = [];
    for (const c of e.citations) {
      const start = verdict.ranges[r++]!;
      const end = verdict.ranges[r++]!;
      if (start === LEFT_OUT) continue;
      let range: readonly [number, number] | null = null;
      if (start !== NO_TEXT) {
        const bySource = shared.get(c.source) ?? shared.set(c.source, new Map()).get(c.source)!;
        const key = start * 2 ** 26 + end; // exact for texts under 64M characters
        range = bySource.get(key) ?? bySource.set(key, [start, end]).get(key)!;
      }
      citations.push({ source: c.source, quote: c.quote, range });
    }
    const start = parseDate(e.start);
    const end = e.end === undefined ? undefined : parseDate(e.end);
    if (!start.ok || (end && !end.ok)) throw new Error(`verdict does not fit the data at ${n}`);
    events[n] = toEvent(e, start.value, end?.ok ? end.value : undefined, citations);
  }
  return completeTimeline({
    head: verdict.head,
    events,
    indices: Array.from(verdict.indices),
    problems: verdict.problems,
  });
}
