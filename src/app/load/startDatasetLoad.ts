import { failedLoad, fetchTextOverHttp, type FetchText, type LoadResult } from '../../core';
import type { LoadProgress } from '../../state';
import type { DataSource } from '../useDatasetLoader';
import { loadInWorker } from './loadInWorker';
import { openWorker } from './openWorker';

/** A load under way: its result, and its progress as it comes. */
export interface DatasetLoad {
  readonly source: DataSource;
  readonly result: Promise<LoadResult>;
  /** Calls back with the latest progress now (if any) and with each change; returns "stop". */
  onProgress(listener: (p: LoadProgress) => void): () => void;
  /** Stops the work (ends the worker); the result then never comes. */
  cancel(): void;
}

/**
 * Starts loading a dataset: data from a URL is fetched and checked in a worker where one can
 * be made, else on this thread a slice at a time (the same checks, the same results).
 * `fetchText` other than plain HTTP (tests, a prefetch) keeps the load on this thread.
 */
export function startDatasetLoad(
  source: DataSource,
  fetchText: FetchText = fetchTextOverHttp,
): DatasetLoad {
  let latest: LoadProgress | null = null;
  const listeners = new Set<(p: LoadProgress) => void>();
  const report = (p: LoadProgress) => {
    latest = p;
    for (const l of listeners) l(p);
  };
  let cancelled = false;
  let cancel = () => undefined as void;
  const onMain = (s: Extract<DataSource, { kind: 'url' | 'object' }>) =>
    import('./loadOnMain').then((m) => m.loadOnMain(s, fetchText, report));

  let result: Promise<LoadResult>;
  if (source.kind === 'missing') {
    result = Promise.resolve(
      failedLoad({ severity: 'error', path: '(data)', message: source.message }, 'No data'),
    );
  } else if (source.kind === 'bundled') {
    result = source.load().then((r) => ({ ...r, fatal: false }));
  } else if (source.kind === 'object') {
    report({ phase: 'fetching' });
    result = onMain(source);
  } else {
    report({ phase: 'fetching' });
    const worker = fetchText === fetchTextOverHttp ? openWorker() : null;
    if (worker) {
      const job = loadInWorker(worker, source.url, report);
      cancel = job.cancel;
      // No worker after all: this thread does it (unless the load was called off).
      result = job.result.then(
        (r) => r ?? (cancelled ? new Promise<never>(() => {}) : onMain(source)),
      );
    } else result = onMain(source);
  }
  return {
    source,
    result,
    onProgress(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
    cancel: () => {
      cancelled = true;
      cancel();
    },
  };
}
