import {
  failedLoad,
  fetchOverHttp,
  fetchTextOverHttp,
  type FetchText,
  type LoadResult,
} from '../../core';
import type { LoadProgress } from '../../state';
import type { DataSource } from '../useDatasetLoader';
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

const never = () => new Promise<never>(() => {});

/**
 * Starts loading a dataset. Data from a URL is fetched here at once; a worker, where one can
 * be made, checks it while this thread parses its own copy and builds the events from the
 * worker's verdicts (see loadWithWorker); else this thread checks it too, a slice at a time.
 * The same checks, the same results. `fetchText` other than plain HTTP (tests) keeps the
 * checking on this thread.
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
  let stopWorker = () => undefined as void;
  const onMain = (raw: unknown, baseUrl: string) =>
    import('./loadOnMain').then((m) =>
      cancelled ? never() : m.checkOnMain(raw, baseUrl, fetchText, report),
    );

  async function fromUrl(url: string): Promise<LoadResult> {
    report({ phase: 'fetching' });
    const worker = fetchText === fetchTextOverHttp ? openWorker() : null;
    if (!worker)
      return import('./loadOnMain').then((m) =>
        cancelled ? never() : m.loadOnMain(url, fetchText, report),
      );
    // The worker starts while the JSON downloads, and the request goes out before the code
    // that reads it has arrived; what the worker says meanwhile (its script failing, say) is
    // kept for that code.
    const said: Event[] = [];
    const keep = (e: Event) => {
      if (e.type === 'error') e.preventDefault();
      said.push(e);
    };
    worker.onmessage = worker.onmessageerror = keep;
    worker.onerror = keep;
    stopWorker = () => worker.terminate();
    const response = fetchOverHttp(url);
    response.catch(() => undefined); // the reading reports it
    const { loadWithWorker } = await import('./loadWithWorker');
    if (cancelled) return never();
    const r = await loadWithWorker(worker, url, response, {
      said,
      report,
      onStop: (stop) => (stopWorker = stop),
    });
    if (cancelled) return never();
    return 'failed' in r ? r.failed : 'result' in r ? r.result : onMain(r.raw, url);
  }

  let result: Promise<LoadResult>;
  if (source.kind === 'missing') {
    result = Promise.resolve(
      failedLoad({ severity: 'error', path: '(data)', message: source.message }, 'No data'),
    );
  } else if (source.kind === 'bundled') {
    result = source.load().then((r) => ({ ...r, fatal: false }));
  } else if (source.kind === 'object') {
    report({ phase: 'fetching' });
    result = onMain(source.value, source.baseUrl);
  } else result = fromUrl(source.url);
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
      stopWorker();
    },
  };
}
