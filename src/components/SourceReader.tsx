import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEventHandler,
  type ReactNode,
  type RefObject,
} from 'react';
import { passagesOf, segmentText, type Passage, type Timeline } from '../core';
import { useI18n, useTimelineStore } from '../state';

/**
 * The whole text of a source, every cited passage a <mark>; the active one emphasized and
 * scrolled into view. Each passage links back to the event citing it. Closing returns focus
 * to where it was when the reader opened.
 */
export interface ReaderCiteSlot {
  /** The text element: each run of text in it carries `data-at`, its offset in the source. */
  readonly textRef: RefObject<HTMLDivElement | null>;
  /** Shown above the text (the curator's desk: "Cite this passage"). */
  readonly tools: ReactNode;
  /** The text becomes a focusable region with this name, for selecting by keyboard. */
  readonly textLabel: string;
  readonly onTextKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  readonly onTextFocus?: () => void;
  /** Passages of events the timeline does not hold yet (drafts still being written). */
  readonly extraPassages?: readonly Passage[];
}

export function SourceReader({ timeline, cite }: { timeline: Timeline; cite?: ReaderCiteSlot }) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const reader = useTimelineStore((s) => s.reader);
  const openSource = useTimelineStore((s) => s.openSource);
  const closeSource = useTimelineStore((s) => s.closeSource);
  const source = reader ? timeline.sources.find((s) => s.id === reader.sourceId) : undefined;
  const extra = cite?.extraPassages;
  const passages = useMemo(() => {
    if (!source) return [];
    const own = passagesOf(timeline, source.id);
    const more = extra?.filter((p) => !own.some((o) => o.eventId === p.eventId));
    return more?.length
      ? [...own, ...more].sort((a, b) => a.start - b.start || a.end - b.end)
      : own;
  }, [timeline, source, extra]);
  // Passages, not citations: one passage cited by several events is counted once.
  const distinct = useMemo(
    () => new Set(passages.map((p) => `${p.start}:${p.end}`)).size,
    [passages],
  );
  const segments = useMemo(
    () => (source?.body ? segmentText(source.body.length, passages) : []),
    [source, passages],
  );
  const activeRef = useRef<HTMLElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const eventTitle = (id: string) => timeline.eventsById.get(id)?.title ?? id;

  // Keyed by id: the same source in new data (the desk revalidates on every change) is not
  // a new opening, and must not take focus from where the curator is typing.
  const sourceKey = source?.id;
  // Remember the opener before focus moves into the panel.
  useLayoutEffect(() => {
    if (!sourceKey) return;
    const root = panelRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const active = root?.activeElement;
    if (active instanceof HTMLElement && !panelRef.current?.contains(active))
      returnTo.current = active;
  }, [sourceKey]);

  useEffect(() => {
    if (!sourceKey) return;
    const panel = panelRef.current;
    panel?.querySelector<HTMLElement>('.reader-heading')?.focus({ preventScroll: true });
    // Scroll the reader itself to centre the passage; move the page only as far as needed
    // to show the reader.
    panel?.scrollIntoView?.({ block: 'nearest' });
    const mark = activeRef.current;
    if (panel && mark) {
      const offset =
        mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
      panel.scrollTop = Math.max(0, offset - panel.clientHeight / 2);
    }
  }, [sourceKey, reader?.eventId, reader?.citation]);

  if (!reader || !source) return null;

  const close = () => {
    closeSource();
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  };
  const isActive = (p: { eventId: string; citation: number }) =>
    p.eventId === reader.eventId && p.citation === reader.citation;
  let activeAssigned = false;

  return (
    <aside
      className="source-reader"
      aria-labelledby={titleId}
      ref={panelRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <header className="reader-header">
        <h2 id={titleId} className="reader-heading" tabIndex={-1} dir="auto">
          {source.title}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={t('reader.close')}>
          ×
        </button>
      </header>
      {/* A reference's text is the curator's words for the record, never the record's own. */}
      {source.kind === 'reference' && source.body !== null && (
        <p className="reader-kind">{t('reader.summary')}</p>
      )}
      <dl className="reader-meta">
        {source.publisher && (
          <>
            <dt>{t('reader.publisher')}</dt>
            <dd dir="auto">{source.publisher}</dd>
          </>
        )}
        {source.language && (
          <>
            <dt>{t('reader.language')}</dt>
            <dd>{i18n.language(source.language)}</dd>
          </>
        )}
        {source.published && (
          <>
            <dt>{t('reader.published')}</dt>
            <dd>
              {source.publishedDate ? i18n.dates.date(source.publishedDate) : source.published}
              {source.publishedNote ? (
                <>
                  {' ('}
                  <span dir="auto">{source.publishedNote}</span>)
                </>
              ) : null}
            </dd>
          </>
        )}
        <dt>{t('reader.passages')}</dt>
        <dd>{i18n.n(distinct)}</dd>
      </dl>
      {cite?.tools}
      {/* The source keeps its own direction, whatever the interface's. */}
      <div
        className="reader-text"
        dir="auto"
        data-source-id={source.id}
        ref={cite?.textRef}
        tabIndex={cite ? 0 : undefined}
        role={cite ? 'region' : undefined}
        aria-label={cite?.textLabel}
        onKeyDown={cite?.onTextKeyDown}
        onFocus={cite?.onTextFocus}
      >
        {source.body === null ? (
          <p dir={i18n.dir}>{t('reader.noText')}</p>
        ) : (
          segments.map((seg) => {
            const text = source.body!.slice(seg.start, seg.end);
            if (seg.passages.length === 0)
              return (
                <span key={seg.start} data-at={seg.start}>
                  {text}
                </span>
              );
            const active = seg.passages.some(isActive);
            const ref =
              active && !activeAssigned ? ((activeAssigned = true), activeRef) : undefined;
            const ends = seg.passages.filter((p) => p.end === seg.end);
            return (
              <span key={seg.start}>
                <mark
                  ref={ref}
                  data-at={seg.start}
                  className={active ? 'active' : undefined}
                  data-events={seg.passages.map((p) => p.eventId).join(' ')}
                >
                  {text}
                </mark>
                {ends.map((p) => (
                  <button
                    key={`${p.eventId}-${p.citation}`}
                    type="button"
                    className="passage-link"
                    aria-label={t('reader.citedBy', { title: eventTitle(p.eventId) })}
                    title={t('reader.citedBy', { title: eventTitle(p.eventId) })}
                    onClick={() =>
                      openSource({ sourceId: source.id, eventId: p.eventId, citation: p.citation })
                    }
                  >
                    {i18n.dir === 'rtl' ? '↪' : '↩'}
                  </button>
                ))}
              </span>
            );
          })
        )}
      </div>
    </aside>
  );
}
