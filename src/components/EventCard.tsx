import { useMemo, useRef, useState } from 'react';
import { splitClaims, type Actor, type Timeline, type TimelineEvent } from '../core';
import { useI18n, useTimelineStore } from '../state';
import { ActorList } from './ActorList';
import { CitationItem } from './CitationItem';
import { ClaimSummary } from './ClaimSummary';

interface Props {
  readonly event: TimelineEvent;
  readonly timeline: Timeline;
  readonly headingLevel?: 2 | 3;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * One event in full: date, lane, actors, summary, disagreement, citations. Each sentence of
 * the summary is tied to its passages: hovering or focusing it lights them, a marker moves
 * focus to its citation, and hovering a citation lights the sentences resting on it.
 */
export function EventCard({ event, timeline, headingLevel = 3 }: Props) {
  const { t, dates } = useI18n();
  const openSource = useTimelineStore((s) => s.openSource);
  const selected = useTimelineStore((s) => s.selectedId === event.id);
  const [sentence, setSentence] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const citationEls = useRef<(HTMLLIElement | null)[]>([]);
  const claims = useMemo(() => splitClaims(event.summary), [event.summary]);
  const lane = timeline.lanes.find((l) => l.id === event.lane);
  const actors = (event.actors ?? []).map(
    (id): Actor => timeline.actors.find((a) => a.id === id) ?? { id, name: id, kind: 'person' },
  );
  const sourceTitles = event.citations.map(
    (c) => timeline.sources.find((s) => s.id === c.source)?.title ?? c.source,
  );
  // What a sentence rests on, and which sentences a citation supports.
  const litCitations = new Set(
    sentence === null ? [] : (claims[sentence]?.markers.map((m) => m.n - 1) ?? []),
  );
  const litSentences =
    hovered === null
      ? NONE
      : new Set(claims.flatMap((c, i) => (c.markers.some((m) => m.n === hovered + 1) ? [i] : [])));
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={selected ? 'event-card selected' : 'event-card'}
      id={`event-${event.id}`}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
    >
      <H className="event-title" dir="auto">
        {event.title}
      </H>
      <p className="event-meta">
        <time dateTime={event.start}>{dates.event(event)}</time>
        {lane && (
          <span className="lane-chip" data-lane={lane.id} dir="auto">
            {lane.label}
          </span>
        )}
        {event.background && <span className="badge">{t('event.background')}</span>}
        {event.status === 'uncited' && <span className="badge uncited">{t('event.uncited')}</span>}
      </p>
      {event.dateNote && (
        <p className="date-note" dir="auto">
          {t('event.dateNote', { note: event.dateNote })}
        </p>
      )}
      <ActorList actors={actors} />
      {event.status === 'uncited' ? (
        <p className="summary" dir="auto">
          {event.summary}
        </p>
      ) : (
        <ClaimSummary
          summary={event.summary}
          sources={sourceTitles}
          lit={sentence === null ? litSentences : new Set([sentence])}
          onSentence={setSentence}
          onMarker={(i) => {
            setTarget(i);
            citationEls.current[i]?.focus();
          }}
        />
      )}
      {event.disputed && (
        <p className="disputed">
          <strong>{t('event.disputed')}</strong> <span dir="auto">{event.disputed}</span>
        </p>
      )}
      {event.status === 'uncited' && <UncitedNote event={event} />}
      {event.media && safeUrl(event.media.url) && (
        <p className="media">
          <a href={safeUrl(event.media.url)!} target="_blank" rel="noopener noreferrer">
            {[event.media.caption, event.media.credit].filter(Boolean).join(' — ') ||
              t('event.media')}
          </a>
        </p>
      )}
      <ol className="citations" aria-label={t('event.citations')}>
        {event.citations.map((c, i) => (
          <CitationItem
            key={i}
            ref={(el) => {
              citationEls.current[i] = el;
            }}
            n={i + 1}
            citation={c}
            source={timeline.sources.find((s) => s.id === c.source)}
            lit={litCitations.has(i)}
            target={target === i}
            onOpen={() => openSource({ sourceId: c.source, eventId: event.id, citation: i })}
            onHover={(over) => setHovered(over ? i : null)}
            onLeave={() => setTarget((t) => (t === i ? null : t))}
          />
        ))}
      </ol>
    </article>
  );
}

/** Why an uncited event has no quotes under it, and what waits to be checked. */
function UncitedNote({ event }: { event: TimelineEvent }) {
  const { t } = useI18n();
  const n = event.unverified?.length ?? 0;
  return (
    <p className="uncited-note">
      {event.citations.length > 0 ? t('event.draftNote') : t('event.uncitedNote')}
      {n > 0 && ` ${t('event.unverified', { count: n })}`}
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
