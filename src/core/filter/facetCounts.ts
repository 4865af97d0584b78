import type { TimelineEvent } from '../model/timeline';

/**
 * Events per key, each event counted once per key however often it names it. No array per
 * event: at 100,000 events the counts are part of the first render.
 */
function count(
  events: readonly TimelineEvent[],
  size: (e: TimelineEvent) => number,
  key: (e: TimelineEvent, i: number) => string,
): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) {
    const n = size(e);
    outer: for (let i = 0; i < n; i++) {
      const k = key(e, i);
      for (let j = 0; j < i; j++) if (key(e, j) === k) continue outer;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

export const countLanes = (events: readonly TimelineEvent[]) =>
  count(
    events,
    () => 1,
    (e) => e.lane,
  );
export const countActors = (events: readonly TimelineEvent[]) =>
  count(
    events,
    (e) => e.actors?.length ?? 0,
    (e, i) => e.actors![i]!,
  );
export const countSources = (events: readonly TimelineEvent[]) =>
  count(
    events,
    (e) => e.citations.length,
    (e, i) => e.citations[i]!.source,
  );
