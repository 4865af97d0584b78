import { loadBundled } from './bundledData';
import type { DataSource } from './useDatasetLoader';

/** `?data=URL` (relative to the page), else the bundled dataset. */
export function dataSourceFromPage(location: { href: string; search: string }): DataSource {
  const param = new URLSearchParams(location.search).get('data');
  return param ? { kind: 'url', url: new URL(param, location.href).href } : { kind: 'bundled', load: async () => loadBundled() };
}
