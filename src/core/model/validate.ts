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
import { withoutBadColors } from './validate/laneColors';
import { parseEach } from './validate/parseEach';
import { eventCount } from './validate/eventCount';
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
 *
 * It may check a share of the events only (`EventShare`), another thread checking the rest:
 * `share()` gives what that thread needs of this one's, and `finishParts` takes the others'.
 */
export interface ValidationSession {
  /** Events this session checks (all the data's, unless it checks a share). */
  readonly total: number;
  /** Events checked so far. */
  readonly done: number;
  /** The valid events so far, in the data's order, and their indices in its `events`. */
  readonly valid: {
    readonly events: readonly TimelineEvent[];
    readonly indices: readonly number[];
  };
  checkNext(count: number): void;
  /** Checks what is left of its share; what a session checking the rest needs from it. */
  share(): CheckedShare;
  /**
   * Checks what is left, then the rest of the data, with the problems of `others` (the
   * shares other sessions checked) in their places: this session's events only, in the
   * data's order.
   */
  finishParts(others?: readonly CheckedShare[]): ValidatedParts;
  /** finishParts, then the events in time order: the result. */
  finish(): ValidationResult;
}

/** Events [from, to) of the data's `events`. */
export interface EventShare {
  readonly from: number;
  readonly to: number;
}

/** What checking a share found that the whole needs: its problems, and what it used. */
export interface CheckedShare extends EventShare {
  readonly problems: readonly Problem[];
  readonly used: {
    readonly lanes: string[];
    readonly actors: string[];
    readonly sources: string[];
  };
}

export { eventCount };

/**
 * Checks untrusted JSON against the contract and everything the schema cannot say:
 * unique ids, references, calendar dates, ranges, and that each quote is found exactly once
 * in its source. Never throws; returns the valid part and every problem with its path.
 */
export function validateTimeline(raw: unknown, texts: SourceTexts): ValidationResult {
  return startValidation(raw, texts).finish();
}

export function startValidation(
  raw: unknown,
  texts: SourceTexts,
  only?: EventShare,
): ValidationSession {
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
  const from = Math.max(0, Math.min(items.length, only?.from ?? 0));
  const to = Math.max(from, Math.min(items.length, only?.to ?? items.length));
  const ctx = {
    laneIds: new Set(lanes.map((l) => l.id)),
    actorIds: new Set(actors.map((a) => a.id)),
    sourceById: new Map(docs.map((s) => [s.id, s])),
    indexed,
    firstWithId: firstIds(items, to),
    usedLanes: new Set<string>(),
    usedActors: new Set<string>(),
    usedSources: new Set<string>(),
    parseDate: memoDates(),
  };
  // Problems from here on are the events'.
  const before = problems.length;
  const events: TimelineEvent[] = [];
  const indices: number[] = [];
  let next = from;
  let parts: ValidatedParts | null = null;

  const checkNext = (count: number) => {
    const end = Math.min(to, next + Math.max(0, count));
    for (; next < end; next++) {
      const e = checkEvent(items[next], next, ctx, problems);
      if (e) {
        events.push(e);
        indices.push(next);
      }
    }
  };
  const share = (): CheckedShare => {
    checkNext(to);
    return {
      from,
      to,
      problems: problems.slice(before),
      used: {
        lanes: [...ctx.usedLanes],
        actors: [...ctx.usedActors],
        sources: [...ctx.usedSources],
      },
    };
  };
  const finishParts = (others: readonly CheckedShare[] = []): ValidatedParts => {
    if (parts) return parts;
    checkNext(to);
    if (others.length > 0) {
      // Every share's problems in the data's order, and everything any share used.
      const shares = [{ from, problems: problems.splice(before) }, ...others];
      shares.sort((a, b) => a.from - b.from);
      for (const s of shares) for (const p of s.problems) problems.push(p);
      for (const o of others) {
        for (const id of o.used.lanes) ctx.usedLanes.add(id);
        for (const id of o.used.actors) ctx.usedActors.add(id);
        for (const id of o.used.sources) ctx.usedSources.add(id);
      }
    }
    warnUnused(lanes, 'lanes', ctx.usedLanes, 'no event uses this lane', problems);
    warnUnused(docs, 'sources', ctx.usedSources, 'no event cites this source', problems);
    warnUnused(actors, 'actors', ctx.usedActors, 'no event names this actor', problems);
    const chapters = checkChapters(root.chapters, problems);
    const view = checkView(root.view, problems);
    parts = {
      head: { title, description, lanes, actors, sources: docs, chapters, view },
      events,
      indices,
      problems,
    };
    return parts;
  };
  return {
    total: to - from,
    get done() {
      return next - from;
    },
    valid: { events, indices },
    checkNext,
    share,
    finishParts,
    finish: () => completeTimeline(finishParts()),
  };
}

/** For each id of the events before `to`, the index of the first event to give it. */
function firstIds(items: readonly unknown[], to: number): (id: string) => number | undefined {
  const first = new Map<string, number>();
  for (let i = 0; i < to; i++) {
    const id = (items[i] as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !first.has(id)) first.set(id, i);
  }
  return (id) => first.get(id);
}

/** parseDate with a memory, for one validation (its results are never mutated). */
export function memoDates(): (raw: string) => DateResult {
  const seen = new Map<string, DateResult>();
  return (raw) => {
    let r = seen.get(raw);
    if (!r) seen.set(raw, (r = parseDate(raw)));
    return r;
  };
}
