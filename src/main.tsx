import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DownloadMenu } from './components/DownloadMenu';
import { dataSourceFromPage, prefetch } from './app/dataSourceFromPage';
import { TimelineProvider } from './state';
import './styles/index.css';

const dataSource = dataSourceFromPage(window.location);
const fetchText = prefetch(dataSource);
const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App
          dataSource={dataSource}
          fetchText={fetchText}
          syncWithUrl
          headerExtra={<DownloadMenu />}
        />
      </TimelineProvider>
    </StrictMode>,
  );
}
