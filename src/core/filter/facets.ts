import type { TimelineEvent } from '../model/timeline';

/**
 * One facet of the events (their lanes, actors or sources) as small integers in arrays by
 * position: filtering and counting 100,000 events on every keystroke then hashes no strings.
 * Event n's keys are `of[from[n]] … of[from[n + 1] - 1]`, each once however often it is named.
 */
export interface Facet {
  /** Key index → id. */
  readonly ids: readonly string[];
  readonly from: Int32Array;
  readonly of: Int32Array;
}

export function facet(
  events: readonly TimelineEvent[],
  keysOf: (e: TimelineEvent) => readonly string[] | undefined,
): Facet {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const from = new Int32Array(events.length + 1);
  const of: number[] = [];
  for (let n = 0; n < events.length; n++) {
    from[n] = of.length;
    const keys = keysOf(events[n]!) ?? [];
    for (let j = 0; j < keys.length; j++) {
      if (keys.indexOf(keys[j]!) < j) continue;
      let k = index.get(keys[j]!);
      if (k === undefined) index.set(keys[j]!, (k = ids.push(keys[j]!) - 1));
      of.push(k);
    }
  }
  from[events.length] = of.length;
  return { ids, from, of: Int32Array.from(of) };
}

/** Events per key among the events at `positions`, each event once per key it has. */
export function countKeys(f: Facet, positions: ArrayLike<number>): Map<string, number> {
  const counts = new Int32Array(f.ids.length);
  for (let p = 0; p < positions.length; p++)
    for (let k = f.from[positions[p]!]!; k < f.from[positions[p]! + 1]!; k++) counts[f.of[k]!]!++;
  const m = new Map<string, number>();
  counts.forEach((n, k) => n > 0 && m.set(f.ids[k]!, n));
  return m;
}

/** Whether event n has a key marked in `on` (by key index). */
export const hasKey = (f: Facet, on: Uint8Array, n: number) => {
  for (let k = f.from[n]!; k < f.from[n + 1]!; k++) if (on[f.of[k]!]) return true;
  return false;
};
