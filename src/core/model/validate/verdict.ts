import type { ParsedDate } from '../../time/parseDate';
import type { TimelineEventData } from '../schema';
import type { LocatedCitation, Problem, TimelineEvent } from '../timeline';
import {
  completeTimeline,
  runMerger,
  byTime,
  type TimelineHead,
  type ValidatedParts,
  type ValidationResult,
} from './complete';
import { isObject } from './problems';
import { toEvent } from './toEvent';

/**
 * What a validation found about some of the events, small enough to post from a worker
 * cheaply: which are valid, and where each of their quotes is. Posting the 100,000 validated
 * events themselves would cost more than the validation saves (structured clone of that many
 * objects is slower than JSON.parse); the main thread parses its own copy of the JSON and
 * builds the events from these, batch by batch while the worker goes on checking.
 */
export interface EventVerdicts {
  /** The valid events' indices in the data's `events`, in order. */
  readonly indices: Int32Array;
  /** For each valid event, for each of its citations in the data: [start, end] in its source. */
  readonly ranges: Int32Array;
  /** How many events the data checked has: a check that the data built from is the same. */
  readonly total: number;
  /**
   * The dates these events name that no earlier batch gave, parsed: dates are parsed once,
   * where they are checked, and the page needs no date parser of its own.
   */
  readonly dates: readonly ParsedDate[];
}

/** A whole validation's verdict: everything but the events, the problems, and the events'. */
export interface Verdict extends EventVerdicts {
  readonly head: TimelineHead;
  readonly problems: readonly Problem[];
}

/** In `ranges`: a citation of a reference with no text (its range is null). */
const NO_TEXT = -1;

const eventsOf = (raw: unknown): unknown[] =>
  isObject(raw) && Array.isArray(raw.events) ? raw.events : [];

/**
 * The verdicts on valid events [from, to) of a validation of `raw` (its events and indices);
 * `sent` holds the dates earlier batches gave (and gets this batch's).
 */
export function eventVerdicts(
  raw: unknown,
  events: readonly TimelineEvent[],
  indices: readonly number[],
  from = 0,
  to = events.length,
  sent = new Set<string>(),
): EventVerdicts {
  const items = eventsOf(raw);
  const ranges: number[] = [];
  const dates: ParsedDate[] = [];
  const date = (d: ParsedDate | undefined) => {
    if (d && !sent.has(d.raw)) {
      sent.add(d.raw);
      dates.push(d);
    }
  };
  for (let n = from; n < to; n++) {
    date(events[n]!.startDate);
    date(events[n]!.endDate);
    // A valid event has every citation of the data located, in order (one that is not is an
    // error, which leaves the event out).
    for (const l of events[n]!.citations)
      ranges.push(l.range ? l.range[0] : NO_TEXT, l.range ? l.range[1] : NO_TEXT);
  }
  return {
    indices: Int32Array.from(indices.slice(from, to)),
    ranges: Int32Array.from(ranges),
    total: items.length,
    dates,
  };
}

/** The verdict of a finished validation of `raw`. */
export const verdictOf = (raw: unknown, parts: ValidatedParts): Verdict => ({
  head: parts.head,
  problems: parts.problems,
  ...eventVerdicts(raw, parts.events, parts.indices),
});

/**
 * Builds a validation's result on this thread from verdicts and the same data they are of:
 * `add` each batch of event verdicts as it comes, then `finish` with the rest. The events
 * are built from `raw` exactly as validation builds them (toEvent). Throws if the data does
 * not fit the verdicts (not the data that was checked).
 */
export function assembler(raw: unknown) {
  const items = eventsOf(raw);
  const dates = new Map<string, ParsedDate>();
  const events: TimelineEvent[] = [];
  const indices: number[] = [];
  // Each batch sorted and merged as it comes, and its events put by id: the end only merges
  // what is left (what a stable sort of all gives). All while the worker checks.
  const runs = runMerger();
  const byId = new Map<string, TimelineEvent>();
  // Events citing the same passage share one range, as validation's do.
  const shared = new Map<string, Map<number, readonly [number, number]>>();
  const rangeOf = (source: string, start: number, end: number) => {
    const bySource = shared.get(source) ?? shared.set(source, new Map()).get(source)!;
    const key = start * 2 ** 26 + end; // exact for texts under 64M characters
    return bySource.get(key) ?? bySource.set(key, [start, end]).get(key)!;
  };
  return {
    add(v: EventVerdicts) {
      if (v.total !== items.length) throw new Error('the data does not fit the verdict');
      const from = events.length;
      for (const d of v.dates) dates.set(d.raw, d);
      let r = 0;
      for (let n = 0; n < v.indices.length; n++) {
        const e = items[v.indices[n]!] as TimelineEventData | undefined;
        if (!e) throw new Error(`the data does not fit the verdict at ${n}`);
        const citations: LocatedCitation[] = [];
        for (const c of e.citations) {
          const start = v.ranges[r++]!;
          const end = v.ranges[r++]!;
          const range = start === NO_TEXT ? null : rangeOf(c.source, start, end);
          citations.push({ source: c.source, quote: c.quote, range });
        }
        const start = dates.get(e.start);
        const end = e.end === undefined ? undefined : dates.get(e.end);
        if (!start || (e.end !== undefined && !end))
          throw new Error(`the data does not fit the verdict at ${n}`);
        const built = toEvent(e, start, end, citations);
        events.push(built);
        indices.push(v.indices[n]!);
        if (!byId.has(built.id)) byId.set(built.id, built);
      }
      if (r !== v.ranges.length) throw new Error('the data does not fit the verdict');
      runs.add(events.slice(from).sort(byTime));
    },
    finish(head: TimelineHead, problems: readonly Problem[]): ValidationResult {
      return completeTimeline({ head, events, indices, problems }, runs.done(), byId);
    },
  };
}

/** The result of a validation from its whole verdict and the same data it is of. */
export function assembleVerdict(raw: unknown, verdict: Verdict): ValidationResult {
  const a = assembler(raw);
  a.add(verdict);
  return a.finish(verdict.head, verdict.problems);
}
