import { clockOf } from '../time/clock';
import { parseDate, type DateResult } from '../time/parseDate';
import { actorSchema, laneSchema, sourceSchema, timelineSchema } from './schema';
import type { Problem, TimelineEvent } from './timeline';
import { checkEvent } from './validate/checkEvent';
import {
  completeTimeline,
  type TimelineHead,
  type ValidatedParts,
  type ValidationResult,
} from './validate/complete';
import { warnRepeatedColors, withoutBadColors } from './validate/laneColors';
import { parseEach } from './validate/parseEach';
import { isObject, show } from './validate/problems';
import { resolveSources, type SourceTexts } from './validate/resolveSources';
import { warnUnknownFields } from './validate/unknownFields';
import { warnUnused } from './validate/unused';
import { checkChapters, checkView } from './validate/windows';

export { formatProblem } from './validate/problems';
export type { SourceTexts };

export { completeTimeline, type ValidationResult, type TimelineHead, type ValidatedParts };

/**
 * A validation done a slice at a time, so a page can stay responsive and show progress:
 * `checkNext(n)` checks the next n events in order. However it is sliced, the result is
 * the one `validateTimeline` gives (the slices only decide when the work happens).
 */
export interface ValidationSession {
  /** Events in the data. */
  readonly total: number;
  /** Events checked so far. */
  readonly done: number;
  /** The valid events so far, in the data's order, and their indices in its `events`. */
  readonly valid: {
    readonly events: readonly TimelineEvent[];
    readonly indices: readonly number[];
  };
  checkNext(count: number): void;
  /** Checks what is left, then the rest of the data; the events still in the data's order. */
  finishParts(): ValidatedParts;
  /** finishParts, then the events in time order: the result. */
  finish(): ValidationResult;
}

/**
 * Checks untrusted JSON against the contract and everything the schema cannot say:
 * unique ids, references, calendar dates, ranges, and that each quote is found exactly once
 * in its source. Never throws; returns the valid part and every problem with its path.
 */
export function validateTimeline(raw: unknown, texts: SourceTexts): ValidationResult {
  return startValidation(raw, texts).finish();
}

export function startValidation(raw: unknown, texts: SourceTexts): ValidationSession {
  const problems: Problem[] = [];
  const root = isObject(raw) ? raw : {};
  if (!isObject(raw)) {
    problems.push({
      severity: 'error',
      path: '(root)',
      message: `expected a timeline object, got ${show(raw)}`,
    });
  }
  let title = 'Untitled timeline';
  if (typeof root.title === 'string' && root.title.trim()) title = root.title;
  else if (isObject(raw))
    problems.push({ severity: 'error', path: 'title', message: 'expected a non-empty string' });
  const description = typeof root.description === 'string' ? root.description : undefined;
  warnUnknownFields(timelineSchema, raw, problems);

  const lanes = parseEach(
    withoutBadColors(root.lanes, problems),
    'lanes',
    laneSchema,
    problems,
    true,
  );
  warnRepeatedColors(root.lanes, lanes, problems);
  const actors = parseEach(root.actors, 'actors', actorSchema, problems, false);
  const sourceList = parseEach(root.sources, 'sources', sourceSchema, problems, true);
  const { docs, indexed } = resolveSources(sourceList, texts, problems);

  if (!Array.isArray(root.events) && isObject(raw)) {
    problems.push({
      severity: 'error',
      path: 'events',
      message: `expected a list, got ${root.events === undefined ? 'nothing' : show(root.events)}`,
    });
  }
  const items: readonly unknown[] = Array.isArray(root.events) ? root.events : [];
  // Times of day are placed by one clock, so the events are drawn in the order they happened.
  const clock = clockOf(items);
  const ctx = {
    laneIds: new Set(lanes.map((l) => l.id)),
    actorIds: new Set(actors.map((a) => a.id)),
    sourceById: new Map(docs.map((s) => [s.id, s])),
    indexed,
    eventIds: new Set<string>(),
    usedLanes: new Set<string>(),
    usedActors: new Set<string>(),
    usedSources: new Set<string>(),
    parseDate: memoDates(clock),
  };
  const events: TimelineEvent[] = [];
  const indices: number[] = [];
  let done = 0;
  let parts: ValidatedParts | null = null;

  const checkNext = (count: number) => {
    const end = Math.min(items.length, done + Math.max(0, count));
    for (; done < end; done++) {
      const e = checkEvent(items[done], done, ctx, problems);
      if (e) {
        events.push(e);
        indices.push(done);
      }
    }
  };
  const finishParts = (): ValidatedParts => {
    if (parts) return parts;
    checkNext(items.length);
    warnUnused(lanes, 'lanes', ctx.usedLanes, 'no event uses this lane', problems);
    warnUnused(docs, 'sources', ctx.usedSources, 'no event cites this source', problems);
    warnUnused(actors, 'actors', ctx.usedActors, 'no event names this actor', problems);
    const chapters = checkChapters(root.chapters, problems, ctx.parseDate);
    const view = checkView(root.view, problems, ctx.parseDate);
    parts = {
      head: { title, description, lanes, actors, sources: docs, chapters, view, clock },
      events,
      indices,
      problems,
    };
    return parts;
  };
  return {
    total: items.length,
    get done() {
      return done;
    },
    valid: { events, indices },
    checkNext,
    finishParts,
    finish: () => completeTimeline(finishParts()),
  };
}

/**
 * parseDate with a memory, for one validation (its results are never mutated); times of day
 * placed by `clock` (clock.ts).
 */
export function memoDates(clock?: number): (raw: string) => DateResult {
  const seen = new Map<string, DateResult>();
  return (raw) => {
    let r = seen.get(raw);
    if (!r) seen.set(raw, (r = parseDate(raw, clock)));
    return r;
  };
}
