import { endBeforeStart } from '../../time/clock';
import { parseDate as parseDateOnce, type DateResult, type ParsedDate } from '../../time/parseDate';
import { fastSafeParse } from '../fastParse';
import { eventSchema } from '../schema';
import type { TimelineEvent } from '../timeline';
import { checkClaims } from './checkClaims';
import { checkSupport } from './checkSupport';
import { locateCitations, type CitationContext } from './locateCitations';
import { checkCitedness } from './citedness';
import { clip, isObject, label, zodProblems, type Problems } from './problems';
import { toEvent } from './toEvent';

export interface EventContext extends CitationContext {
  readonly laneIds: ReadonlySet<string>;
  readonly actorIds: ReadonlySet<string>;
  readonly eventIds: Set<string>;
  readonly usedLanes: Set<string>;
  readonly usedActors: Set<string>;
  /** parseDate, memoized for one validation: 100,000 events name a few thousand dates. */
  readonly parseDate?: (raw: string) => DateResult;
}

const parseEvent = fastSafeParse(eventSchema);

/**
 * One raw event checked against the contract: its shape, a unique id, real calendar dates
 * in order, known lane and actors, every quote found once, every sentence of the summary
 * ending with markers of its citations (and, as warnings, giving no number or quotation its
 * passages do not). Returns the event past the boundary, or null (its problems reported)
 * when it has any error; warnings alone keep it.
 */
export function checkEvent(
  item: unknown,
  index: number,
  ctx: EventContext,
  problems: Problems,
): TimelineEvent | null {
  // The place's name is built only for a problem: most events have none.
  const where = () => label('events', index, item);
  const parsed = parseEvent(item);
  if (!parsed.success) {
    problems.push(...zodProblems(where(), parsed.error));
    // Say at once that it has nothing to rest on, too: a half-written draft sees every gap.
    if (isObject(item) && Array.isArray(item.citations) && item.citations.length === 0)
      checkCitedness(
        { status: item.status === 'uncited' ? 'uncited' : undefined, citations: [] },
        (path, message) => problems.push({ severity: 'error', path: `${where()}${path}`, message }),
        () => {},
      );
    return null;
  }
  const e = parsed.data;
  let failed = false;
  const err = (path: string, message: string) => {
    failed = true;
    problems.push({ severity: 'error', path: `${where()}${path}`, message });
  };
  const warn = (path: string, message: string) =>
    problems.push({ severity: 'warning', path: `${where()}${path}`, message });
  const parseDate = ctx.parseDate ?? parseDateOnce;

  if (ctx.eventIds.has(e.id)) err('.id', `duplicate id "${e.id}"`);
  ctx.eventIds.add(e.id);
  const start = parseDate(e.start);
  if (!start.ok) err('.start', start.message);
  let endDate: ParsedDate | undefined;
  if (e.end !== undefined) {
    const end = parseDate(e.end);
    if (!end.ok) err('.end', end.message);
    else endDate = end.value;
    const order = start.ok && end.ok ? endBeforeStart(start.value, end.value) : null;
    if (order)
      err(
        '.end',
        order === 'before'
          ? `"${e.end}" is before start "${e.start}"`
          : // Inside the start's own span ("2026-03" after "2026"): not before it, but the
            // event could begin after it ends.
            `"${e.end}" ends before start "${e.start}" does, so the event could begin after it ends; give the start as precisely as the end, or an end no earlier than the end of "${e.start}"`,
      );
  }
  if (!ctx.laneIds.has(e.lane)) err('.lane', `no lane with id "${clip(e.lane, 40)}"`);
  ctx.usedLanes.add(e.lane);
  (e.actors ?? []).forEach((a, k) => {
    ctx.usedActors.add(a);
    if (!ctx.actorIds.has(a)) err(`.actors[${k}]`, `no actor with id "${clip(a, 40)}"`);
  });
  const citations = locateCitations(e.citations, e.background === true, ctx, err);
  checkCitedness(e, err, warn);
  const claims = checkClaims(e, err, warn);
  checkSupport(e, claims, (source) => ctx.sourceById.get(source), warn);

  if (failed || !start.ok) return null;
  return toEvent(e, start.value, endDate, citations);
}
