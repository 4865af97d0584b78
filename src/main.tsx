// The app's entry, kept small on purpose: it starts loading the data (and the worker that
// checks it) and the reader's language first, then fetches the app's code, so they overlap.
import { dataSourceFromPage } from './app/dataSourceFromPage';
import { pageLocale, timeDirectionOf } from './app/i18n/chooseLocale';
import { loadI18n } from './app/i18n/loadI18n';
import { startDatasetLoad } from './app/load/startDatasetLoad';
import './styles/firstPaint.css';

const container = document.getElementById('app');
const params = new URLSearchParams(window.location.search);
// The reader's language: its catalogue downloads alongside the data.
const i18n = loadI18n(pageLocale(window.location, navigator)).then((i18n) => {
  document.documentElement.lang = i18n.locale;
  document.documentElement.dir = i18n.dir;
  return i18n;
});
const timeDirection = timeDirectionOf(params.get('time-direction'));
if (container && __DESK__ && params.has('edit')) {
  // Edit mode: the curator's desk, its own chunk; readers never download it. It shows the
  // reader and the event cards at once, so it takes the whole stylesheet.
  void Promise.all([import('./desk/index'), i18n, import('./styles/index.css')]).then(
    ([desk, i18n]) =>
      desk.startDesk(container, window, {
        bundled: () => import('./app/bundledData').then((m) => m.bundledFiles()),
        i18n,
      }),
  );
} else if (container) {
  const dataSource = dataSourceFromPage(window.location);
  const preload = startDatasetLoad(dataSource);
  void Promise.all([import('./app/mountApp'), i18n]).then(([m, i18n]) =>
    m.mountApp(container, dataSource, preload, i18n, timeDirection),
  );
}
