import type { TimelineEvent } from './timeline';

export interface DateGroup {
  readonly label: string;
  readonly events: readonly TimelineEvent[];
}

/**
 * Events (already in time order) that share a worded date form one group, placed where its
 * first event falls; so each date heading appears once. `label` words an event's heading in
 * the reader's language (DateWords.group).
 */
export function groupByDate(
  events: readonly TimelineEvent[],
  label: (e: TimelineEvent) => string,
): DateGroup[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const key = label(e);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  return [...groups].map(([key, list]) => ({ label: key, events: list }));
}
