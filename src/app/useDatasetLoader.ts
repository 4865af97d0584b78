import { useEffect } from 'react';
import {
  failedLoad,
  fetchTextOverHttp,
  loadTimeline,
  loadTimelineObject,
  type FetchText,
  type ValidationResult,
} from '../core';
import { useTimelineStoreApi } from '../state';

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

export function useDatasetLoader(source: DataSource, fetchText: FetchText = fetchTextOverHttp) {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let live = true;
    const done = (r: ValidationResult & { fatal?: boolean }) => {
      if (live) store.getState().setLoaded(r.timeline, r.problems, r.fatal ? 'failed' : 'ready');
    };
    if (source.kind === 'bundled') void source.load().then(done);
    else if (source.kind === 'url') void loadTimeline(source.url, fetchText).then(done);
    else if (source.kind === 'missing')
      done(failedLoad({ severity: 'error', path: '(data)', message: source.message }, 'No data'));
    else void loadTimelineObject(source.value, source.baseUrl, fetchText).then(done);
    return () => {
      live = false;
    };
  }, [source, store, fetchText]);
}
