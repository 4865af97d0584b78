import {
  assembler,
  mark,
  type CheckedShare,
  type EventShare,
  type LoadResult,
  type ValidatedParts,
} from '../../core';
import type { LoadProgress } from '../../state';
import type { CheckMessage, WorkerMessage } from '../../worker/protocol';

/**
 * A worker's share checked: what the page's own check of the rest needs from it, and how to
 * put the two together.
 */
export interface WorkerShare {
  readonly share: CheckedShare;
  /** The result, from the page's own share finished with this one's (`finishParts`). */
  finish(mine: ValidatedParts): LoadResult;
}

/** A check under way in a worker: the JSON's bytes go in as they come, verdicts come back. */
export interface WorkerCheck {
  /** The whole result, or the worker's share when it checked one; null if it could not. */
  readonly result: Promise<LoadResult | WorkerShare | null>;
  /** The JSON's next bytes (transferred: the caller must be done with them). */
  send(bytes: Uint8Array): void;
  /** The JSON's bytes are all sent; the worker checks `share` of its events, or all. */
  close(share?: EventShare): void;
  /** This thread's own parse of the same JSON, from which the events are built. */
  attach(raw: unknown): void;
  cancel(): void;
}

/**
 * Has `worker` check the dataset whose JSON (from `url`) the caller sends it as it downloads;
 * `attach` this thread's own parse of the same text, from which the events are built batch
 * by batch as the verdicts come. Resolves to null if the worker cannot do it (it failed to
 * start, or broke), so the caller can check on this thread instead; ends the worker either
 * way.
 */
export function checkInWorker(
  worker: Worker,
  url: string,
  onProgress: (p: LoadProgress) => void,
): WorkerCheck {
  let finish: (r: LoadResult | WorkerShare | null) => void = () => undefined;
  let built: ReturnType<typeof assembler> | null = null;
  const result = new Promise<LoadResult | WorkerShare | null>((resolve) => {
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
        } else if (m.type === 'shareDone') {
          mark('dt:checked-in-worker');
          const b = built;
          finish({
            share: m.share,
            finish: (mine) => ({ ...b.finish(mine.head, mine.problems, mine), fatal: false }),
          });
        } else finish(null);
      } catch {
        finish(null);
      }
    };
  });
  const post = (m: CheckMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  post({ type: 'open', url });
  return {
    result,
    send: (bytes) => {
      // Its own buffer, whole, to transfer (a view of part of a larger one is copied).
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
          ? bytes
          : bytes.slice();
      post({ type: 'bytes', bytes: own }, [own.buffer]);
    },
    close: (share) => post({ type: 'close', share }),
    attach: (raw) => {
      built = assembler(raw);
    },
    cancel: () => finish(null),
  };
}
