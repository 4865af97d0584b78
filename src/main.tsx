import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DownloadMenu } from './components/DownloadMenu';
import { dataSourceFromPage } from './app/dataSourceFromPage';
import { prefetch } from './app/prefetch';
import { EditLink } from './app/EditLink';
import { pageLocale, timeDirectionOf } from './app/i18n/chooseLocale';
import { loadI18n } from './app/i18n/loadI18n';
import { I18nProvider, TimelineProvider } from './state';
import './styles/index.css';

const container = document.getElementById('app');
// The reader's language: its catalogue downloads alongside the data.
const params = new URLSearchParams(window.location.search);
const i18n = loadI18n(pageLocale(window.location, navigator)).then((i18n) => {
  document.documentElement.lang = i18n.locale;
  document.documentElement.dir = i18n.dir;
  return i18n;
});
const timeDirection = timeDirectionOf(params.get('time-direction'));
if (container && __DESK__ && params.has('edit')) {
  // Edit mode: the curator's desk, its own chunk; readers never download it.
  void Promise.all([import('./desk/index'), i18n]).then(([desk, i18n]) =>
    desk.startDesk(container, window, {
      bundled: () => import('./app/bundledData').then((m) => m.bundledFiles()),
      i18n,
    }),
  );
} else if (container) {
  const dataSource = dataSourceFromPage(window.location);
  const fetchText = prefetch(dataSource);
  void i18n.then((i18n) => {
    createRoot(container).render(
      <StrictMode>
        <I18nProvider i18n={i18n} timeDirection={timeDirection}>
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
        </I18nProvider>
      </StrictMode>,
    );
  });
}
