import {
  assembleVerdict,
  mark,
  parseTimelineText,
  type LoadResult,
  type ReadResult,
} from '../../core';
import type { LoadProgress } from '../../state';
import type { WorkerMessage } from '../../worker/protocol';

/**
 * Loads the dataset at `url` with the validation on `worker`: the worker fetches, checks and
 * posts a verdict; this thread parses its own copy of the JSON meanwhile and builds the
 * events from the verdict. Resolves to null if the worker cannot do it (it failed to start,
 * or broke), so the caller can load on this thread instead; ends the worker either way.
 */
export function loadInWorker(
  worker: Worker,
  url: string,
  onProgress: (p: LoadProgress) => void,
): { result: Promise<LoadResult | null>; cancel: () => void } {
  let finish: (r: LoadResult | null) => void = () => undefined;
  const result = new Promise<LoadResult | null>((resolve) => {
    let read: ReadResult | null = null;
    let done = false;
    finish = (r) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(r);
    };
    worker.onerror = (e) => {
      // A worker the page's policy blocks, or a script that failed: not the page's error.
      e.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'text') read = parseTimelineText(m.text, url);
      else if (m.type === 'progress')
        onProgress({ phase: 'checking', done: m.done, total: m.total });
      else if (m.type === 'failed') finish(m.result);
      else if (m.type === 'verdict') {
        // A mark for benchmarks and tests: which thread did the checking.
        mark('dt:checked-in-worker');
        finish(read?.ok ? { ...assembleVerdict(read.raw, m.verdict), fatal: false } : null);
      } else finish(null);
    };
    worker.postMessage({ type: 'load', url });
  });
  return { result, cancel: () => finish(null) };
}
