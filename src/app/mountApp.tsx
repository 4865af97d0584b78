import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { lazyChunk, TimelineProvider, useChunk, useTimelineStore } from '../state';
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

/** The full app in `container`, its state in the page's URL, showing a load already begun. */
export function mountApp(container: HTMLElement, dataSource: DataSource, preload: DatasetLoad) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App dataSource={dataSource} preload={preload} syncWithUrl headerExtra={<HeaderTools />} />
      </TimelineProvider>
    </StrictMode>,
  );
}
