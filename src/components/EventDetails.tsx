import { useRef } from 'react';
import type { Timeline, TimelineEvent } from '../core';
import { useTimelineStore } from '../state';
import { EventCard } from './EventCard';

interface Props {
  readonly timeline: Timeline;
  /** The filtered events, for previous/next. */
  readonly events: readonly TimelineEvent[];
}

/** The selected event in full, with previous/next among the events shown. */
export function EventDetails({ timeline, events }: Props) {
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const ref = useRef<HTMLElement>(null);
  const event = selectedId ? timeline.eventsById.get(selectedId) : undefined;
  if (!event) return null;
  const at = events.findIndex((e) => e.id === event.id);
  const prev = at > 0 ? events[at - 1] : undefined;
  const next = at >= 0 && at < events.length - 1 ? events[at + 1] : undefined;
  return (
    <section className="event-details" aria-label="Event details" ref={ref}>
      <div className="details-nav">
        <button
          type="button"
          disabled={!prev}
          onClick={() => prev && select(prev.id)}
          aria-label={prev ? `Previous event: ${prev.title}` : 'No previous event'}
        >
          ← Previous
        </button>
        <span className="details-count">
          {at >= 0 ? `${at + 1} of ${events.length}` : 'not in the filtered set'}
        </span>
        <button
          type="button"
          disabled={!next}
          onClick={() => next && select(next.id)}
          aria-label={next ? `Next event: ${next.title}` : 'No next event'}
        >
          Next →
        </button>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label="Close details"
        >
          ×
        </button>
      </div>
      <EventCard event={event} timeline={timeline} headingLevel={2} />
    </section>
  );
}
