import type { TimelineEvent } from '../model/timeline';

// Events per key, each event counted once per key however often it names it. A loop per
// facet, no array and no callback per event: at 100,000 events the counts are part of the
// first render.

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export function countLanes(events: readonly TimelineEvent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 0; n < events.length; n++) bump(m, events[n]!.lane);
  return m;
}

export function countActors(events: readonly TimelineEvent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 0; n < events.length; n++) {
    const actors = events[n]!.actors;
    if (!actors) continue;
    outer: for (let i = 0; i < actors.length; i++) {
      for (let j = 0; j < i; j++) if (actors[j] === actors[i]) continue outer;
      bump(m, actors[i]!);
    }
  }
  return m;
}

export function countSources(events: readonly TimelineEvent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 0; n < events.length; n++) {
    const citations = events[n]!.citations;
    outer: for (let i = 0; i < citations.length; i++) {
      const k = citations[i]!.source;
      for (let j = 0; j < i; j++) if (citations[j]!.source === k) continue outer;
      bump(m, k);
    }
  }
  return m;
}
