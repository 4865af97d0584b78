import { useState } from 'react';
import { groupByDate, type Timeline, type TimelineEvent } from '../core';
import { EventCard } from './EventCard';

interface Props {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
}

/** How many events the list renders at first, and adds per "Show more". */
export const LIST_PAGE = 200;

/** The events as a list grouped by date: for screen readers, small screens and print. */
export function EventList({ timeline, events }: Props) {
  const [shown, setShown] = useState(LIST_PAGE);
  if (events.length === 0) return <p className="empty">No events to show.</p>;
  const page = events.slice(0, shown);
  return (
    <div className="event-list">
      {groupByDate(page).map((g) => (
        <section key={g.label + g.events[0]!.id} className="date-group" aria-label={g.label}>
          <h2 className="date-heading">{g.label}</h2>
          {g.events.map((e) => (
            <EventCard key={e.id} event={e} timeline={timeline} />
          ))}
        </section>
      ))}
      {events.length > shown && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + LIST_PAGE)}>
          Show {Math.min(LIST_PAGE, events.length - shown)} more ({events.length - shown} not shown)
        </button>
      )}
    </div>
  );
}
