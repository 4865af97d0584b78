import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { dataSourceFromPage } from '../app/dataSourceFromPage';
import { hrefFor } from '../app/urlSync';
import { TimelineProvider, createTimelineStore, useTimelineStore } from '../state';
import { postHeightToParent } from './postHeight';
import '../styles/firstPaint.css';

// The embed page owns its iframe's URL, so its state lives there like the full app's;
// "Open full view" and "Copy link" lead to the full app (index.html beside it) in that state.
const store = createTimelineStore();
const fullViewHref = (state = store.getState()) => {
  const url = new URL(hrefFor(state, window.location));
  url.pathname = url.pathname.replace(/embed\.html$/, '');
  url.searchParams.delete('frame');
  return url.href;
};

function OpenFullView() {
  const href = useTimelineStore(fullViewHref);
  return (
    <a className="full-view" href={href} target="_blank" rel="noopener">
      Open full view
    </a>
  );
}

const params = new URLSearchParams(window.location.search);
const theme = params.get('theme');
const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <TimelineProvider store={store}>
        <App
          dataSource={dataSourceFromPage(window.location)}
          syncWithUrl
          variant="embed"
          linkHref={() => fullViewHref()}
          headerExtra={<OpenFullView />}
          theme={theme === 'dark' || theme === 'light' ? theme : 'auto'}
        />
      </TimelineProvider>
    </StrictMode>,
  );
  postHeightToParent(window, params.get('frame'));
}
