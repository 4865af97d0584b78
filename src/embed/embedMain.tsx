import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { dataSourceFromPage } from '../app/dataSourceFromPage';
import { startDatasetLoad } from '../app/load/startDatasetLoad';
import { pageLocale, timeDirectionOf } from '../app/i18n/chooseLocale';
import { loadI18n } from '../app/i18n/loadI18n';
import { hrefFor } from '../app/urlSync';
import {
  I18nProvider,
  TimelineProvider,
  createTimelineStore,
  useI18n,
  useTimelineStore,
} from '../state';
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
  const { t } = useI18n();
  const href = useTimelineStore(fullViewHref);
  return (
    <a className="full-view" href={href} target="_blank" rel="noopener">
      {t('app.openFullView')}
    </a>
  );
}

const params = new URLSearchParams(window.location.search);
const theme = params.get('theme');
const container = document.getElementById('app');
if (container) {
  // The language's catalogue downloads alongside the data.
  const dataSource = dataSourceFromPage(window.location);
  const preload = startDatasetLoad(dataSource);
  void loadI18n(pageLocale(window.location, navigator)).then((i18n) => {
    document.documentElement.lang = i18n.locale;
    document.documentElement.dir = i18n.dir;
    createRoot(container).render(
      <StrictMode>
        <I18nProvider i18n={i18n} timeDirection={timeDirectionOf(params.get('time-direction'))}>
          <TimelineProvider store={store}>
            <App
              dataSource={dataSource}
              preload={preload}
              syncWithUrl
              variant="embed"
              linkHref={() => fullViewHref()}
              headerExtra={<OpenFullView />}
              theme={theme === 'dark' || theme === 'light' ? theme : 'auto'}
            />
          </TimelineProvider>
        </I18nProvider>
      </StrictMode>,
    );
  });
  postHeightToParent(window, params.get('frame'));
}
