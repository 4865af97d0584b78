import { fetchTextOverHttp, type FetchText } from '../core';
import type { DataSource } from './useDatasetLoader';

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
