import { actorSchema, laneSchema, sourceSchema, timelineSchema } from './schema';
import type { Problem, Timeline, TimelineEvent } from './timeline';
import { checkEvent } from './validate/checkEvent';
import { withoutBadColors } from './validate/laneColors';
import { parseEach } from './validate/parseEach';
import { isObject, show } from './validate/problems';
import { resolveSources, type SourceTexts } from './validate/resolveSources';
import { warnUnknownFields } from './validate/unknownFields';
import { warnUnused } from './validate/unused';
import { checkChapters, checkView } from './validate/windows';

export { formatProblem } from './validate/problems';
export type { SourceTexts };

export interface ValidationResult {
  /** The valid part: every event with an error is left out (and named in `problems`). */
  readonly timeline: Timeline;
  readonly problems: readonly Problem[];
}

/**
 * Checks untrusted JSON against the contract and everything the schema cannot say:
 * unique ids, references, calendar dates, ranges, and that each quote is found exactly once
 * in its source. Never throws; returns the valid part and every problem with its path.
 */
export function validateTimeline(raw: unknown, texts: SourceTexts): ValidationResult {
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
  const ctx = {
    laneIds: new Set(lanes.map((l) => l.id)),
    actorIds: new Set(actors.map((a) => a.id)),
    sourceById: new Map(docs.map((s) => [s.id, s])),
    indexed,
    eventIds: new Set<string>(),
    usedLanes: new Set<string>(),
    usedActors: new Set<string>(),
    usedSources: new Set<string>(),
  };
  const events: TimelineEvent[] = [];
  (Array.isArray(root.events) ? root.events : []).forEach((item, i) => {
    const e = checkEvent(item, i, ctx, problems);
    if (e) events.push(e);
  });

  warnUnused(lanes, 'lanes', ctx.usedLanes, 'no event uses this lane', problems);
  warnUnused(docs, 'sources', ctx.usedSources, 'no event cites this source', problems);
  warnUnused(actors, 'actors', ctx.usedActors, 'no event names this actor', problems);

  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  const chapters = checkChapters(root.chapters, problems);
  const view = checkView(root.view, problems);
  return {
    timeline: {
      title,
      description,
      lanes,
      actors,
      sources: docs,
      events,
      eventsById: new Map(events.map((e) => [e.id, e])),
      chapters,
      view,
    },
    problems,
  };
}
