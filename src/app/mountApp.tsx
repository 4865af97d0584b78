import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { I18n } from '../core';
import {
  I18nProvider,
  lazyChunk,
  TimelineProvider,
  useChunk,
  useTimelineStore,
  type TimeDirection,
} from '../state';
import { App } from './App';
import { EditLink } from './EditLink';
import type { DatasetLoad } from './load/startDatasetLoad';
import type { DataSource } from './useDatasetLoader';

/** The Download menu: a header control that may appear a frame after the timeline. */
const downloadMenu = lazyChunk(() => import('../components/DownloadMenu'));

function HeaderTools() {
  const ready = useTimelineStore((s) => s.status === 'ready');
  const menu = useChunk(downloadMenu, ready, true);
  return (
    <>
      {menu && <menu.DownloadMenu />}
      {__DESK__ ? <EditLink location={window.location} /> : null}
    </>
  );
}

/**
 * The full app in `container`, in the reader's language, its state in the page's URL, showing
 * a load already begun.
 */
export function mountApp(
  container: HTMLElement,
  dataSource: DataSource,
  preload: DatasetLoad,
  i18n: I18n,
  timeDirection: TimeDirection | null,
) {
  createRoot(container).render(
    <StrictMode>
      <I18nProvider i18n={i18n} timeDirection={timeDirection}>
        <TimelineProvider>
          <App
            dataSource={dataSource}
            preload={preload}
            syncWithUrl
            headerExtra={<HeaderTools />}
          />
        </TimelineProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
