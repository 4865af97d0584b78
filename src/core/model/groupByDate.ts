import { wordEventDate } from '../time/wordDate';
import type { TimelineEvent } from './timeline';

export interface DateGroup {
  readonly label: string;
  readonly events: readonly TimelineEvent[];
}

/** An event's date in words, by its precision. */
export const eventDateLabel = (e: TimelineEvent) =>
  wordEventDate(e.startDate, e.endDate, e.approximate);

// Events at a time of day are grouped under their day, with the time shown on the event.
const groupLabel = (e: TimelineEvent) =>
  e.startDate.precision === 'minute' && !e.endDate
    ? wordEventDate({ ...e.startDate, precision: 'day' }, undefined, e.approximate)
    : eventDateLabel(e);

/**
 * Events (already in time order) that share a worded date form one group, placed where its
 * first event falls; so each date heading appears once.
 */
export function groupByDate(events: readonly TimelineEvent[]): DateGroup[] {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    const label = groupLabel(e);
    const group = groups.get(label);
    if (group) group.push(e);
    else groups.set(label, [e]);
  }
  return [...groups].map(([label, list]) => ({ label, events: list }));
}
