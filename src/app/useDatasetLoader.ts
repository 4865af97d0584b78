import { useEffect } from 'react';
import {
  fetchTextOverHttp,
  loadTimeline,
  loadTimelineObject,
  validateTimeline,
  type FetchText,
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
  | { kind: 'bundled'; load: () => Promise<import('../core').ValidationResult> }
  | { kind: 'missing'; message: string };

export function useDatasetLoader(source: DataSource, fetchText: FetchText = fetchTextOverHttp) {
  // fetchText is fixed for an App's life; the source decides when to load again.
  const store = useTimelineStoreApi();
  useEffect(() => {
    let live = true;
    const done = (r: {
      timeline: import('../core').Timeline;
      problems: readonly import('../core').Problem[];
      fatal?: boolean;
    }) => {
      if (live) store.getState().setLoaded(r.timeline, r.problems, r.fatal ? 'failed' : 'ready');
    };
    if (source.kind === 'bundled') void source.load().then(done);
    else if (source.kind === 'url') void loadTimeline(source.url, fetchText).then(done);
    else if (source.kind === 'missing') {
      const empty = validateTimeline(
        { title: 'No data', lanes: [], sources: [], events: [] },
        new Map(),
      ).timeline;
      done({
        timeline: empty,
        problems: [{ severity: 'error', path: '(data)', message: source.message }],
        fatal: true,
      });
    } else void loadTimelineObject(source.value, source.baseUrl, fetchText).then(done);
    return () => {
      live = false;
    };
  }, [source, store, fetchText]);
}
