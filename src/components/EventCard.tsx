import { eventDateLabel, type Timeline, type TimelineEvent } from '../core';
import { useTimelineStore } from '../state';
import { CitationItem } from './CitationItem';

interface Props {
  readonly event: TimelineEvent;
  readonly timeline: Timeline;
  readonly headingLevel?: 2 | 3;
}

/** One event in full: date, lane, actors, summary, disagreement, citations. */
export function EventCard({ event, timeline, headingLevel = 3 }: Props) {
  const openSource = useTimelineStore((s) => s.openSource);
  const selected = useTimelineStore((s) => s.selectedId === event.id);
  const lane = timeline.lanes.find((l) => l.id === event.lane);
  const actors = (event.actors ?? []).map(
    (id) => timeline.actors.find((a) => a.id === id)?.name ?? id,
  );
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={selected ? 'event-card selected' : 'event-card'}
      id={`event-${event.id}`}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
    >
      <H className="event-title">{event.title}</H>
      <p className="event-meta">
        <time dateTime={event.start}>{eventDateLabel(event)}</time>
        {lane && (
          <span className="lane-chip" data-lane={lane.id}>
            {lane.label}
          </span>
        )}
        {event.background && <span className="badge">Background</span>}
      </p>
      {event.dateNote && <p className="date-note">Date: {event.dateNote}</p>}
      {actors.length > 0 && <p className="actors">With: {actors.join(', ')}</p>}
      <p className="summary">{event.summary}</p>
      {event.disputed && (
        <p className="disputed">
          <strong>Reports differ: </strong>
          {event.disputed}
        </p>
      )}
      <ul className="citations" aria-label="Citations">
        {event.citations.map((c, i) => (
          <CitationItem
            key={i}
            citation={c}
            source={timeline.sources.find((s) => s.id === c.source)}
            onOpen={() => openSource({ sourceId: c.source, eventId: event.id, citation: i })}
          />
        ))}
      </ul>
    </article>
  );
}
