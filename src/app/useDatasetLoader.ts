import { useEffect } from 'react';
import { fetchTextOverHttp, loadTimeline, type FetchText } from '../core';
import { useTimelineStoreApi } from '../state';
import { loadBundled } from './bundledData';

/** Where the data comes from: a URL (`?data=`, the element's `src`), or the bundled default. */
export type DataSource = { kind: 'url'; url: string } | { kind: 'bundled' };

export function useDatasetLoader(source: DataSource, fetchText: FetchText = fetchTextOverHttp) {
  const store = useTimelineStoreApi();
  const key = source.kind === 'url' ? source.url : 'bundled';
  useEffect(() => {
    let live = true;
    if (source.kind === 'bundled') {
      const { timeline, problems } = loadBundled();
      store.getState().setLoaded(timeline, problems);
      return;
    }
    void loadTimeline(source.url, fetchText).then((r) => {
      if (live) store.getState().setLoaded(r.timeline, r.problems, r.fatal ? 'failed' : 'ready');
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the source
  }, [key, store]);
}
