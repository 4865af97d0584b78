import { useRef } from 'react';
import type { Timeline, TimelineEvent } from '../core';
import { useI18n, useTimeDirection, useTimelineStore } from '../state';
import { EventCard } from './EventCard';

interface Props {
  readonly timeline: Timeline;
  /** The filtered events, for previous/next. */
  readonly events: readonly TimelineEvent[];
}

/** The selected event in full, with previous/next among the events shown. */
export function EventDetails({ timeline, events }: Props) {
  const { t } = useI18n();
  // The arrows point where earlier and later lie on the timeline.
  const rtl = useTimeDirection() === 'rtl';
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const ref = useRef<HTMLElement>(null);
  const event = selectedId ? timeline.eventsById.get(selectedId) : undefined;
  if (!event) return null;
  const at = events.findIndex((e) => e.id === event.id);
  const prev = at > 0 ? events[at - 1] : undefined;
  const next = at >= 0 && at < events.length - 1 ? events[at + 1] : undefined;
  return (
    <section className="event-details" aria-label={t('details.label')} ref={ref}>
      <div className="details-nav">
        <button
          type="button"
          disabled={!prev}
          onClick={() => prev && select(prev.id)}
          aria-label={
            prev ? t('details.previousEvent', { title: prev.title }) : t('details.noPrevious')
          }
        >
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {t('details.previous')}
        </button>
        <span className="details-count">
          {at >= 0
            ? t('details.position', { n: at + 1, total: events.length })
            : t('details.notInSet')}
        </span>
        <button
          type="button"
          disabled={!next}
          onClick={() => next && select(next.id)}
          aria-label={next ? t('details.nextEvent', { title: next.title }) : t('details.noNext')}
        >
          {t('details.next')} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label={t('details.close')}
        >
          ×
        </button>
      </div>
      <EventCard event={event} timeline={timeline} headingLevel={2} />
    </section>
  );
}
