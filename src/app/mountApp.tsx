import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DownloadMenu } from '../components/DownloadMenu';
import { TimelineProvider } from '../state';
import { App } from './App';
import { EditLink } from './EditLink';
import type { DatasetLoad } from './load/startDatasetLoad';
import type { DataSource } from './useDatasetLoader';

/** The full app in `container`, its state in the page's URL, showing a load already begun. */
export function mountApp(container: HTMLElement, dataSource: DataSource, preload: DatasetLoad) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App
          dataSource={dataSource}
          preload={preload}
          syncWithUrl
          headerExtra={
            <>
              <DownloadMenu />
              {__DESK__ ? <EditLink location={window.location} /> : null}
            </>
          }
        />
      </TimelineProvider>
    </StrictMode>,
  );
}
