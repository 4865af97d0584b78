import { groupByDate, type Timeline, type TimelineEvent } from '../core';
import { EventCard } from './EventCard';

interface Props {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
}

/** The events as a list grouped by date: for screen readers, small screens and print. */
export function EventList({ timeline, events }: Props) {
  if (events.length === 0) return <p className="empty">No events to show.</p>;
  return (
    <div className="event-list">
      {groupByDate(events).map((g) => (
        <section key={g.label + g.events[0]!.id} className="date-group" aria-label={g.label}>
          <h2 className="date-heading">{g.label}</h2>
          {g.events.map((e) => (
            <EventCard key={e.id} event={e} timeline={timeline} />
          ))}
        </section>
      ))}
    </div>
  );
}
