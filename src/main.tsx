// The app's entry, kept small on purpose: it starts loading the data (and the worker that
// checks it) first, then fetches the app's code, so the two overlap.
import { dataSourceFromPage } from './app/dataSourceFromPage';
import { startDatasetLoad } from './app/load/startDatasetLoad';
import './styles/firstPaint.css';

const container = document.getElementById('app');
if (container && __DESK__ && new URLSearchParams(window.location.search).has('edit')) {
  // Edit mode: the curator's desk, its own chunk; readers never download it. It shows the
  // reader and the event cards at once, so it takes the whole stylesheet.
  void Promise.all([import('./desk/index'), import('./styles/index.css')]).then(([desk]) =>
    desk.startDesk(container, window, {
      bundled: () => import('./app/bundledData').then((m) => m.bundledFiles()),
    }),
  );
} else if (container) {
  const dataSource = dataSourceFromPage(window.location);
  const preload = startDatasetLoad(dataSource);
  void import('./app/mountApp').then((m) => m.mountApp(container, dataSource, preload));
}
