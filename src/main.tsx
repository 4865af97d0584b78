import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dataSourceFromPage } from './app/dataSourceFromPage';
import { TimelineProvider } from './state';
import './styles.css';

const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App dataSource={dataSourceFromPage(window.location)} syncWithUrl />
      </TimelineProvider>
    </StrictMode>,
  );
}
