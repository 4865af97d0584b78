import {
  failedLoad,
  fetchTextOverHttp,
  fetchTimelineText,
  parseTimelineText,
  type FetchText,
  type LoadResult,
} from '../../core';
import type { LoadProgress } from '../../state';
import type { DataSource } from '../useDatasetLoader';
import { checkInWorker } from './loadInWorker';
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
 * worker's verdicts; else this thread checks it too, a slice at a time. The same checks, the
 * same results. `fetchText` other than plain HTTP (tests) keeps the checking on this thread.
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
    // The worker starts while the JSON downloads.
    const worker = fetchText === fetchTextOverHttp ? openWorker() : null;
    const text = await fetchTimelineText(url, fetchText);
    if (typeof text !== 'string') {
      worker?.terminate();
      return text;
    }
    // The worker gets the text first, so the two threads parse it side by side.
    const job = worker ? checkInWorker(worker, url, text, report) : null;
    const read = parseTimelineText(text, url);
    if (!read.ok) {
      job?.cancel();
      return read.failed;
    }
    if (job) {
      job.attach(read.raw);
      stopWorker = job.cancel;
      const r = await job.result;
      if (r) return r;
      if (cancelled) return never();
    }
    return onMain(read.raw, url);
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
