import { useEffect, useMemo, useState } from 'react';
import type { FetchText } from '../core';
import { Announcer } from '../components/Announcer';
import { CopyLink } from '../components/CopyLink';
import { EventDetails } from '../components/EventDetails';
import { EventList } from '../components/EventList';
import { FilterBar } from '../components/FilterBar';
import { ProblemsPanel } from '../components/ProblemsPanel';
import { SourceReader } from '../components/SourceReader';
import {
  createImageSource,
  ImageMenu,
  ImageSourceProvider,
} from '../components/Timeline/ImageMenu';
import { TimelineView } from '../components/Timeline/TimelineView';
import { useFilteredEvents, useI18n, useTimelineStore, useTimelineStoreApi } from '../state';
import { hrefFor, syncUrl } from './urlSync';
import { useFitToResults } from './useFitToResults';
import { useDatasetLoader, type DataSource } from './useDatasetLoader';
import { loadPrintChunk, usePrintChunk } from './printChunk';
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
  /** How text is fetched (a prefetching one in the app). */
  readonly fetchText?: FetchText;
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
}: AppProps) {
  const store = useTimelineStoreApi();
  const { t, locale, dir } = useI18n();
  useDatasetLoader(dataSource, fetchText);
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
  const filter = useTimelineStore((s) => s.filter);
  const filtered = useFilteredEvents();
  const [printing, print] = usePrinting(window, loadPrintChunk);
  const printed = usePrintChunk(printing);
  // Once the data is shown, the chronology's chunk is fetched, so a print finds it here.
  useEffect(() => {
    if (status !== 'ready') return;
    const idle = window.setTimeout(() => void loadPrintChunk(), 1000);
    return () => window.clearTimeout(idle);
  }, [status]);
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
  useEffect(() => {
    if (status !== 'loading') onRendered?.();
  }, [status, timeline, onRendered]);

  return (
    <ImageSourceProvider value={imageSource}>
      <div
        className={`dt-root dt-${variant}`}
        lang={locale}
        dir={dir}
        data-timeline=""
        data-theme={theme === 'auto' ? undefined : theme}
        data-ready={status !== 'loading' ? 'true' : undefined}
        aria-busy={status === 'loading'}
      >
        <header className="app-header">
          <div className="app-title">
            <h1 dir={timeline && status === 'ready' ? 'auto' : undefined}>
              {status === 'failed' ? t('app.failed') : (timeline?.title ?? t('app.loading'))}
            </h1>
            {variant === 'full' && timeline?.description && (
              <p className="description" dir="auto">
                {timeline.description}
              </p>
            )}
          </div>
          <div className="app-actions">
            {variant === 'full' && timeline && status === 'ready' && (
              <button type="button" className="print-button" onClick={print}>
                {t('app.print')}
              </button>
            )}
            {timeline && status === 'ready' && mode === 'timeline' && (
              <ImageMenu source={imageSource} />
            )}
            {headerExtra}
            {(syncWithUrl || linkHref) && (
              <CopyLink href={linkHref ?? (() => hrefFor(store.getState(), window.location))} />
            )}
          </div>
        </header>
        <ProblemsPanel problems={problems} uncited={uncited} />
        {timeline && status === 'ready' && (
          <>
            <FilterBar result={filtered} />
            {mode === 'timeline' ? (
              <TimelineView events={filtered.events} />
            ) : (
              <main className="app-main">
                <EventList timeline={timeline} events={filtered.events} />
              </main>
            )}
            {hasPanel && (
              <div className="panels">
                {mode === 'timeline' && (
                  <EventDetails timeline={timeline} events={filtered.events} />
                )}
                <SourceReader timeline={timeline} />
              </div>
            )}
          </>
        )}
        {printing && printed && timeline && status === 'ready' && (
          <printed.PrintChronology timeline={timeline} events={filtered.events} filter={filter} />
        )}
        <Announcer />
      </div>
    </ImageSourceProvider>
  );
}
