import { assembler, mark, type LoadResult } from '../../core';
import type { LoadProgress } from '../../state';
import type { WorkerMessage } from '../../worker/protocol';

/**
 * Has `worker` check the dataset whose JSON is `text` (from `url`), sent at once; `attach`
 * this thread's own parse of the same text (in the same task), from which the events are
 * built batch by batch as the verdicts come. Resolves to null if the worker cannot do it (it
 * failed to start, or broke), so the caller can check on this thread instead; ends the
 * worker either way.
 */
export function checkInWorker(
  worker: Worker,
  url: string,
  text: string,
  onProgress: (p: LoadProgress) => void,
): { result: Promise<LoadResult | null>; attach: (raw: unknown) => void; cancel: () => void } {
  let finish: (r: LoadResult | null) => void = () => undefined;
  let built: ReturnType<typeof assembler> | null = null;
  const result = new Promise<LoadResult | null>((resolve) => {
    let done = false;
    finish = (r) => {
      if (done) return;
      done = true;
      worker.terminate();
      // Let go of the data: the load's handle outlives it (the app keeps it as a prop).
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      built = null;
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
      try {
        if (!built) throw new Error('no data attached');
        if (m.type === 'events') built.add(m);
        else if (m.type === 'progress')
          onProgress({ phase: 'checking', done: m.done, total: m.total });
        else if (m.type === 'done') {
          // A mark for benchmarks and tests: which thread did the checking.
          mark('dt:checked-in-worker');
          finish({ ...built.finish(m.head, m.problems), fatal: false });
        } else finish(null);
      } catch {
        finish(null);
      }
    };
  });
  // Sent from here, not from a closure, so nothing that lives on holds the 29 MB of text.
  worker.postMessage({ type: 'check', url, text });
  return {
    result,
    attach: (raw) => {
      built = assembler(raw);
    },
    cancel: () => finish(null),
  };
}
