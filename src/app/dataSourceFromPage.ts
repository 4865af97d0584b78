import type { DataSource } from './useDatasetLoader';

/** `?data=URL` (relative to the page), else the bundled dataset. */
export function dataSourceFromPage(location: { href: string; search: string }): DataSource {
  const param = new URLSearchParams(location.search).get('data');
  // The bundled dataset is its own chunk, so a page showing other data never downloads it.
  return param
    ? { kind: 'url', url: new URL(param, location.href).href }
    : { kind: 'bundled', load: () => import('./bundledData').then((m) => m.loadBundled()) };
}
