// The app's entry, kept small on purpose: it starts loading the data (and the worker that
// checks it) first, then fetches the app's code, so the two overlap.
import { dataSourceFromPage } from './app/dataSourceFromPage';
import { startDatasetLoad } from './app/load/startDatasetLoad';
import './styles/firstPaint.css';

const container = document.getElementById('app');
if (container) {
  const dataSource = dataSourceFromPage(window.location);
  const preload = startDatasetLoad(dataSource);
  void import('./app/mountApp').then((m) => m.mountApp(container, dataSource, preload));
}
