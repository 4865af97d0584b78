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
        {event.status === 'uncited' && <span className="badge uncited">Not yet cited</span>}
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
      {event.status === 'uncited' && <UncitedNote event={event} />}
      {event.media && safeUrl(event.media.url) && (
        <p className="media">
          <a href={safeUrl(event.media.url)!} target="_blank" rel="noopener noreferrer">
            {[event.media.caption, event.media.credit].filter(Boolean).join(' — ') || 'Media'}
          </a>
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

/** Why an uncited event has no quotes under it, and what waits to be checked. */
function UncitedNote({ event }: { event: TimelineEvent }) {
  const n = event.unverified?.length ?? 0;
  return (
    <p className="uncited-note">
      Not yet cited: no passage of a source supports this event yet, so its summary is unchecked.
      {n > 0 && ` ${n} quote${n === 1 ? '' : 's'} given for it could not be found in the source.`}
    </p>
  );
}

/** Only web links from data become links (never javascript: or data: URLs). */
function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
