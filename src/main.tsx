import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import type { DataSource } from './app/useDatasetLoader';
import { TimelineProvider } from './state';
import './styles.css';

const param = new URLSearchParams(window.location.search).get('data');
const dataSource: DataSource = param ? { kind: 'url', url: new URL(param, window.location.href).href } : { kind: 'bundled' };

const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider>
        <App dataSource={dataSource} syncWithUrl />
      </TimelineProvider>
    </StrictMode>,
  );
}
