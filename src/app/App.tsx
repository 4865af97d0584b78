import { useEffect, useMemo, useState } from 'react';
import type { FetchText } from '../core';
import { Announcer } from '../components/Announcer';
import { CopyLink } from '../components/CopyLink';
import { FilterBar } from '../components/FilterBar';
import { LoadProgress } from '../components/LoadProgress';
import { createImageSource, ImageSourceProvider } from '../components/Timeline/imageSource';
import { TimelineView } from '../components/Timeline/TimelineView';
import {
  afterPaint,
  useChunk,
  useFilteredEvents,
  useI18n,
  useTimelineStore,
  useTimelineStoreApi,
} from '../state';
import { eventPanels, imageMenu, printChronology, problemsPanel, sourceReader } from './chunks';
import { hrefFor, syncUrl } from './urlSync';
import type { DatasetLoad } from './load/startDatasetLoad';
import { useFitToResults } from './useFitToResults';
import { useDatasetLoader, type DataSource } from './useDatasetLoader';
import { usePrinting } from './usePrinting';

export interface AppProps {
  readonly dataSource: DataSource;
  /** Keep the state in the page's URL (the full app and the iframe embed, which own theirs). */
  readonly syncWithUrl?: boolean;
  /** 'embed': compact chrome for iframes and the web component. */
  readonly variant?: 'full' | 'embed';
  /** Extra header controls (the embed's "Open full view"). */
  readonly headerExtra?: React.ReactNode;
  /** Colour theme; 'auto' follows the system. */
  readonly theme?: 'light' | 'dark' | 'auto';
  /** What "Copy link" copies; by default this page in its current state. */
  readonly linkHref?: () => string;
  /** Called after the render that shows loaded data (or its problems) is committed. */
  readonly onRendered?: () => void;
  /** How text is fetched (tests; by default plain HTTP, with the checking in a worker). */
  readonly fetchText?: FetchText;
  /** A load of `dataSource` the page started before React mounted (the app's entry does). */
  readonly preload?: DatasetLoad;
}

/** The app: header, problems, search and filters, timeline or list, details, source reader. */
export function App({
  dataSource,
  syncWithUrl = false,
  variant = 'full',
  headerExtra,
  theme = 'auto',
  linkHref,
  onRendered,
  fetchText,
  preload,
}: AppProps) {
  const store = useTimelineStoreApi();
  const { t, locale, dir } = useI18n();
  useDatasetLoader(dataSource, fetchText, preload);
  useEffect(
    () =>
      syncWithUrl ? syncUrl(store, window, variant === 'embed' ? 'replace' : 'push') : undefined,
    [store, syncWithUrl, variant],
  );
  const status = useTimelineStore((s) => s.status);
  const timeline = useTimelineStore((s) => s.timeline);
  const problems = useTimelineStore((s) => s.problems);
  const mode = useTimelineStore((s) => s.mode);
  const hasPanel = useTimelineStore((s) => s.reader !== null || s.selectedId !== null);
  const hasReader = useTimelineStore((s) => s.reader !== null);
  const filter = useTimelineStore((s) => s.filter);
  const filtered = useFilteredEvents();
  const [printing, print] = usePrinting(window, printChronology.load);
  // "Download image" in the header draws the timeline below it.
  const [imageSource] = useState(createImageSource);
  useFitToResults(filtered);
  // The page is the dataset's: its title in the tab and in history (the app and embed pages).
  useEffect(() => {
    if (syncWithUrl && timeline && status === 'ready') document.title = timeline.title;
  }, [syncWithUrl, timeline, status]);
  const uncited = useMemo(
    () => timeline?.events.filter((e) => e.status === 'uncited').length ?? 0,
    [timeline],
  );
  const showing = status === 'ready' && timeline !== null;
  // Parts first paint does not need come in their own chunks when first shown (a first view
  // that shows one has it loaded with the data: see useDatasetLoader).
  const panels = useChunk(eventPanels, showing && (mode === 'list' || hasPanel));
  const reader = useChunk(sourceReader, showing && hasReader);
  const image = useChunk(imageMenu, showing && mode === 'timeline', true);
  const printed = useChunk(printChronology, showing && printing);
  const problemsShown = useChunk(problemsPanel, problems.length > 0);
  const rendered = status !== 'loading';
  // Once the timeline is up, fetch the panels, the reader and the printed chronology in the
  // background, so the first click on an event, a source or the list, or Ctrl+P, finds them.
  useEffect(() => {
    if (status === 'ready')
      void afterPaint().then(() =>
        Promise.all([eventPanels.load(), sourceReader.load(), printChronology.load()]),
      );
  }, [status]);
  useEffect(() => {
    if (rendered) onRendered?.();
  }, [rendered, timeline, onRendered]);

  return (
    <ImageSourceProvider value={imageSource}>
      <div
        className={`dt-root dt-${variant}`}
        lang={locale}
        dir={dir}
        data-timeline=""
        data-theme={theme === 'auto' ? undefined : theme}
        data-ready={rendered ? 'true' : undefined}
        aria-busy={status === 'loading'}
      >
        <header className="app-header">
          <div className="app-title">
            <h1 dir={showing ? 'auto' : undefined}>
              {status === 'failed' ? t('app.failed') : (timeline?.title ?? t('app.loading'))}
            </h1>
            {variant === 'full' && timeline?.description && (
              <p className="description" dir="auto">
                {timeline.description}
              </p>
            )}
          </div>
          <div className="app-actions">
            {variant === 'full' && showing && (
              <button type="button" className="print-button" onClick={print}>
                {t('app.print')}
              </button>
            )}
            {image && <image.ImageMenu source={imageSource} />}
            {headerExtra}
            {(syncWithUrl || linkHref) && (
              <CopyLink href={linkHref ?? (() => hrefFor(store.getState(), window.location))} />
            )}
          </div>
        </header>
        {status === 'loading' && <LoadProgress />}
        {problemsShown && <problemsShown.ProblemsPanel problems={problems} uncited={uncited} />}
        {showing && (
          <>
            <FilterBar result={filtered} />
            {mode === 'timeline' ? (
              <TimelineView events={filtered.events} />
            ) : (
              <main className="app-main">
                {panels && <panels.EventList timeline={timeline} events={filtered.events} />}
              </main>
            )}
            {hasPanel && (
              <div className="panels">
                {mode === 'timeline' && panels && (
                  <panels.EventDetails timeline={timeline} events={filtered.events} />
                )}
                {reader && <reader.SourceReader timeline={timeline} />}
              </div>
            )}
          </>
        )}
        {printed && timeline && (
          <printed.PrintChronology timeline={timeline} events={filtered.events} filter={filter} />
        )}
        <Announcer />
      </div>
    </ImageSourceProvider>
  );
}
