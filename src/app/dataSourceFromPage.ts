import { fetchTextOverHttp, type FetchText } from '../core';
import type { DataSource } from './useDatasetLoader';

/** `?data=URL` (relative to the page), else the bundled dataset. */
export function dataSourceFromPage(location: { href: string; search: string }): DataSource {
  const param = new URLSearchParams(location.search).get('data');
  // The bundled dataset is its own chunk, so a page showing other data never downloads it.
  return param
    ? { kind: 'url', url: new URL(param, location.href).href }
    : { kind: 'bundled', load: () => import('./bundledData').then((m) => m.loadBundled()) };
}

/**
 * Starts fetching the dataset now, before React has mounted, and returns a FetchText that
 * hands that same response to the loader: the download overlaps the app's start-up.
 */
export function prefetch(source: DataSource): FetchText {
  if (source.kind !== 'url') return fetchTextOverHttp;
  const early = fetchTextOverHttp(source.url);
  early.catch(() => undefined); // reported by the loader when it asks for it
  return (url) => (url === source.url ? early : fetchTextOverHttp(url));
}
