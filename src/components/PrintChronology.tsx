import { Fragment } from 'react';
import {
  chronology,
  citationForm,
  groupByDate,
  isFiltering,
  type EventFilter,
  type I18n,
  type SourceDoc,
  type Timeline,
  type TimelineEvent,
} from '../core';
import { useI18n } from '../state';

interface Props {
  readonly timeline: Timeline;
  /** The events shown (search and filters applied), in time order. */
  readonly events: readonly TimelineEvent[];
  readonly filter: EventFilter;
}

/** "Title, Publisher, 10 January 2022": what a note or the source list says of a source. */
function sourceLine(i18n: I18n, s: SourceDoc | undefined, fallback: string): string {
  if (!s) return fallback;
  const published = s.publishedDate ? i18n.dates.date(s.publishedDate) : s.published;
  return i18n.list([s.title, s.publisher, published].filter((x): x is string => !!x));
}

/**
 * The chronology as printed: title and description, what was searched and filtered, the
 * events in the list's order (time order, same-worded dates together) with their dates worded by precision, each summary's markers as
 * footnote numbers with the notes (quote, source, publisher, date) under the event, the
 * disagreements set apart, and the sources at the end. Rendered only while printing.
 */
export function PrintChronology({ timeline, events, filter }: Props) {
  const i18n = useI18n();
  const { t, dates } = i18n;
  // In the list's order: events whose dates read alike stay together ("9 January 2022" before
  // "9 January 2022 (approx.)"), so the printed page and the list never disagree.
  const ordered = groupByDate(events, dates.group).flatMap((g) => g.events);
  const { entries, sources } = chronology(timeline, ordered);
  const laneLabel = (id: string) => timeline.lanes.find((l) => l.id === id)?.label ?? id;
  const actorName = (id: string) => timeline.actors.find((a) => a.id === id)?.name ?? id;
  const sourceTitle = (id: string) => timeline.sources.find((s) => s.id === id)?.title ?? id;
  const filters = [
    filter.query.trim() && t('print.query', { query: t('quote.marks', { quote: filter.query }) }),
    filter.lanes.length > 0 && t('print.lanes', { list: i18n.list(filter.lanes.map(laneLabel)) }),
    filter.actors.length > 0 &&
      t('print.actors', { list: i18n.list(filter.actors.map(actorName)) }),
    filter.sources.length > 0 &&
      t('print.sourcesFilter', { list: i18n.list(filter.sources.map(sourceTitle)) }),
  ].filter((x): x is string => !!x);

  return (
    <article className="print-chronology" lang={i18n.locale} dir={i18n.dir}>
      <header className="print-head">
        <h1 dir="auto">{timeline.title}</h1>
        {timeline.description && <p dir="auto">{timeline.description}</p>}
        <p className="print-scope">
          {isFiltering(filter)
            ? t('print.filtered', { count: events.length, total: timeline.events.length })
            : t('print.all', { count: events.length })}
        </p>
        {filters.map((f) => (
          <p key={f} className="print-scope">
            {f}
          </p>
        ))}
      </header>
      {entries.map(({ event, summary, notes }) => (
        <section key={event.id} className="print-event" data-event-id={event.id}>
          {/* Date, title and the facts under them are never parted by a page break. */}
          <div className="print-event-head">
            <p className="print-date">
              <time dateTime={event.start}>{dates.event(event)}</time>
            </p>
            <h2 dir="auto">{event.title}</h2>
            <p className="print-facts">
              {[
                t('print.lane', { lane: laneLabel(event.lane) }),
                ...(event.background ? [t('event.background')] : []),
                ...(event.status === 'uncited' ? [t('event.uncited')] : []),
              ].join(' · ')}
            </p>
            {(event.actors?.length ?? 0) > 0 && (
              <p className="print-facts">
                {t('actors.label')} {i18n.list(event.actors!.map(actorName))}
              </p>
            )}
          </div>
          {event.dateNote && (
            <p className="print-date-note" dir="auto">
              {t('event.dateNote', { note: event.dateNote })}
            </p>
          )}
          <p className="print-summary" dir="auto">
            {summary.map((sentence, i) => (
              <Fragment key={i}>
                {i > 0 && ' '}
                {sentence.map((part, k) =>
                  part.kind === 'text' ? (
                    <Fragment key={k}>{part.text}</Fragment>
                  ) : (
                    <sup key={k} className="print-call">
                      {i18n.n(part.n)}
                    </sup>
                  ),
                )}
              </Fragment>
            ))}
          </p>
          {event.disputed && (
            <aside className="print-disputed">
              <strong>{t('event.disputed')}</strong> <span dir="auto">{event.disputed}</span>
            </aside>
          )}
          {notes.length > 0 && (
            <ol className="print-notes">
              {notes.map((note) => {
                const form = citationForm(note.citation, note.source);
                const source = sourceLine(i18n, note.source, note.citation.source);
                return (
                  <li key={note.n} value={note.n} className={`print-note--${form}`}>
                    <span className="print-note-n" aria-hidden="true">
                      {i18n.n(note.n)}
                    </span>{' '}
                    {form === 'summary' ? (
                      // The interface's sentence: it says whose words follow before they come.
                      <span>
                        {t('print.summaryNote', { source, summary: note.citation.quote })}
                      </span>
                    ) : (
                      <span dir="auto">
                        {t('print.note', {
                          quote:
                            form === 'quote'
                              ? t('quote.marks', { quote: note.citation.quote })
                              : note.citation.quote,
                          source,
                        })}
                      </span>
                    )}
                    {form === 'paraphrase' && (
                      <span className="print-reference"> ({t('print.reference')})</span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
      {sources.length > 0 && (
        <section className="print-sources">
          <h2>{t('print.sources')}</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.id} dir="auto">
                {sourceLine(i18n, s, s.id)}
                {s.language &&
                  ` · ${t('citation.language', { language: i18n.language(s.language) })}`}
                {s.url && (
                  <>
                    {' · '}
                    <span className="print-url" dir="ltr">
                      {s.url}
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
