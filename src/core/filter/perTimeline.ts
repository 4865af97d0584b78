import type { Timeline } from '../model/timeline';

/** A value built once per timeline, when first asked for (two timelines never share one). */
export function perTimeline<T>(build: (t: Timeline) => T): (t: Timeline) => T {
  const built = new WeakMap<Timeline, T>();
  return (t) => {
    let v = built.get(t);
    if (v === undefined) built.set(t, (v = build(t)));
    return v;
  };
}
