import { useEffect } from 'react';
import { fetchTextOverHttp, type FetchText, type ValidationResult } from '../core';
import { useTimelineStoreApi } from '../state';
import { chunksFor } from './chunks';
import { startDatasetLoad, type DatasetLoad } from './load/startDatasetLoad';

/**
 * Where the data comes from: a URL (`?data=`, the element's `src`), an object handed over
 * directly (the element's `data` property; its `file`s resolve against `baseUrl`), or the
 * dataset bundled into the build.
 */
export type DataSource =
  | { kind: 'url'; url: string }
  | { kind: 'object'; value: unknown; baseUrl: string }
  | { kind: 'bundled'; load: () => Promise<ValidationResult> }
  | { kind: 'missing'; message: string };

/**
 * Loads `source` into the store, with its progress on the way. `preload`, a load the page
 * started before React mounted, is used when it is for this same source.
 */
export function useDatasetLoader(
  source: DataSource,
  fetchText: FetchText = fetchTextOverHttp,
  preload?: DatasetLoad,
) {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let live = true;
    const load = preload?.source === source ? preload : startDatasetLoad(source, fetchText);
    const stop = load.onProgress((p) => live && store.getState().setProgress(p));
    void load.result.then(async (r) => {
      // The code the first view needs besides the data (a panel the URL opens, the list, the
      // problems panel).
      await Promise.all(chunksFor(store.getState(), r.problems.length)).catch(() => undefined);
      if (live) store.getState().setLoaded(r.timeline, r.problems, r.fatal ? 'failed' : 'ready');
    });
    return () => {
      live = false;
      stop();
      if (load !== preload) load.cancel();
    };
  }, [source, store, fetchText, preload]);
}
