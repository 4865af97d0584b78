import type { ParsedDate } from '../../time/parseDate';
import { epochMs } from '../../units';
import type { TimelineEventData } from '../schema';
import type { LocatedCitation, TimelineEvent } from '../timeline';

/**
 * An event past the boundary, from its checked data, parsed dates and located citations.
 * The one place an event is built: validation builds it, and so does the main thread from a
 * worker's verdict (verdict.ts), so both give the same events.
 */
export function toEvent(
  e: TimelineEventData,
  start: ParsedDate,
  end: ParsedDate | undefined,
  citations: readonly LocatedCitation[],
): TimelineEvent {
  // One fixed shape for every event (no spread of optional keys), so the hot loops over
  // 100,000 events (sorting, culling, layout) stay monomorphic.
  return {
    id: e.id,
    title: e.title,
    start: e.start,
    end: e.end,
    approximate: e.approximate,
    dateNote: e.dateNote,
    lane: e.lane,
    actors: e.actors,
    summary: e.summary,
    disputed: e.disputed,
    background: e.background,
    status: e.status,
    unverified: e.unverified,
    media: e.media,
    tags: e.tags,
    citations,
    startDate: start,
    endDate: end,
    t0: start.startMs,
    // (Not `end?.endMs ?? 0`: before 1970 every instant is negative, and 0 would stretch
    // the event to 1970.)
    t1: epochMs(end ? Math.max(start.endMs, end.endMs) : start.endMs),
  };
}
