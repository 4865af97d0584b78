import { assembler, mark, type LoadResult } from '../../core';
import type { LoadProgress } from '../../state';
import type { CheckRequest, WorkerMessage } from '../../worker/protocol';

/** A check under way in a worker: verdicts come back, built into events here. */
export interface WorkerCheck {
  /** The whole result; null if the worker could not do it. */
  readonly result: Promise<LoadResult | null>;
  /**
   * This thread's own parse of the same JSON, from which the events are built (verdicts
   * that came before it wait for it).
   */
  attach(raw: unknown): void;
  cancel(): void;
}

/**
 * Has `worker` check the dataset whose JSON is `text` (from `url`), sent at once; `attach`
 * this thread's own parse of the same text, from which the events are built batch by batch
 * as the verdicts come. Resolves to null if the worker cannot do it (it failed to start, or
 * broke), so the caller can check on this thread instead; ends the worker either way.
 * `said`: what the worker said before this was called (its script failing, say).
 */
export function checkInWorker(
  worker: Worker,
  url: string,
  text: string,
  onProgress: (p: LoadProgress) => void,
  said: readonly Event[] = [],
): WorkerCheck {
  let finish: (r: LoadResult | null) => void = () => undefined;
  let built: ReturnType<typeof assembler> | null = null;
  let waiting: WorkerMessage[] = [];
  const take = (m: WorkerMessage) => {
    if (!built) throw new Error('no data attached');
    if (m.type === 'events') built.add(m);
    else if (m.type === 'done') {
      // A mark for benchmarks and tests: which thread did the checking.
      mark('dt:checked-in-worker');
      finish({ ...built.finish(m.head, m.problems), fatal: false });
    } else finish(null);
  };
  const result = new Promise<LoadResult | null>((resolve) => {
    let done = false;
    finish = (r) => {
      if (done) return;
      done = true;
      worker.terminate();
      // Let go of the data: the load's handle outlives it (the app keeps it as a prop).
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      built = null;
      waiting = [];
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
      if (m.type === 'error') return finish(null);
      if (m.type === 'progress')
        return onProgress({ phase: 'checking', done: m.done, total: m.total });
      if (!built) {
        waiting.push(m);
        return;
      }
      try {
        take(m);
      } catch {
        finish(null);
      }
    };
    // What it said before these handlers were set, in order.
    for (const e of said) {
      if (e.type === 'message') worker.onmessage?.(e as MessageEvent<WorkerMessage>);
      else finish(null);
    }
  });
  // Sent from here, not from a closure, so nothing that lives on holds the 29 MB of text.
  worker.postMessage({ type: 'check', url, text } satisfies CheckRequest);
  return {
    result,
    attach: (raw) => {
      try {
        built = assembler(raw);
        const queued = waiting;
        waiting = [];
        for (const m of queued) take(m);
      } catch {
        finish(null);
      }
    },
    cancel: () => finish(null),
  };
}
