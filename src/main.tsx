import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DownloadMenu } from './components/DownloadMenu';
import { dataSourceFromPage, prefetch } from './app/dataSourceFromPage';
import { EditLink } from './app/EditLink';
import { TimelineProvider } from './state';
import './styles/index.css';

const container = document.getElementById('app');
if (container && __DESK__ && new URLSearchParams(window.location.search).has('edit')) {
  // Edit mode: the curator's desk, its own chunk; readers never download it.
  void import('./desk/index').then((desk) =>
    desk.startDesk(container, window, {
      bundled: () => import('./app/bundledData').then((m) => m.bundledFiles()),
    }),
  );
} else if (container) {
  const dataSource = dataSourceFromPage(window.location);
  const fetchText = prefetch(dataSource);
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App
          dataSource={dataSource}
          fetchText={fetchText}
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
