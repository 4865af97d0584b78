import { useState } from 'react';
import { groupByDate, type Timeline, type TimelineEvent } from '../core';
import { useI18n } from '../state';
import { EventCard } from './EventCard';

interface Props {
  readonly timeline: Timeline;
  readonly events: readonly TimelineEvent[];
}

/** How many events the list renders at first, and adds per "Show more". */
export const LIST_PAGE = 200;

/** The events as a list grouped by date: for screen readers, small screens and print. */
export function EventList({ timeline, events }: Props) {
  const { t, dates } = useI18n();
  const [shown, setShown] = useState(LIST_PAGE);
  if (events.length === 0) return <p className="empty">{t('list.empty')}</p>;
  const page = events.slice(0, shown);
  return (
    <div className="event-list">
      {groupByDate(page, dates.group).map((g) => (
        <section key={g.label + g.events[0]!.id} className="date-group" aria-label={g.label}>
          <h2 className="date-heading">{g.label}</h2>
          {g.events.map((e) => (
            <EventCard key={e.id} event={e} timeline={timeline} />
          ))}
        </section>
      ))}
      {events.length > shown && (
        <button type="button" className="show-more" onClick={() => setShown((n) => n + LIST_PAGE)}>
          {t('list.showMore', {
            count: Math.min(LIST_PAGE, events.length - shown),
            rest: events.length - shown,
          })}
        </button>
      )}
    </div>
  );
}
