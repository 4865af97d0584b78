import { wordEventDate } from '../time/wordDate';
import type { TimelineEvent } from './timeline';

export interface DateGroup {
  readonly label: string;
  readonly events: readonly TimelineEvent[];
}

/** An event's date in words, by its precision. */
export const eventDateLabel = (e: TimelineEvent) => wordEventDate(e.startDate, e.endDate, e.approximate);

// Events at a time of day are grouped under their day, with the time shown on the event.
const groupLabel = (e: TimelineEvent) =>
  e.startDate.precision === 'minute' && !e.endDate
    ? wordEventDate({ ...e.startDate, precision: 'day' }, undefined, e.approximate)
    : eventDateLabel(e);

/** Consecutive events (already in time order) that share a worded date form one group. */
export function groupByDate(events: readonly TimelineEvent[]): DateGroup[] {
  const groups: { label: string; events: TimelineEvent[] }[] = [];
  for (const e of events) {
    const label = groupLabel(e);
    const last = groups[groups.length - 1];
    if (last && last.label === label) last.events.push(e);
    else groups.push({ label, events: [e] });
  }
  return groups;
}
