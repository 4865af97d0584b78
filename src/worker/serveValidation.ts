import {
  eventVerdicts,
  fetchTextOverHttp,
  readSourceTexts,
  runInSlices,
  startValidation,
} from '../core';
import type { CheckRequest, WorkerMessage } from './protocol';

interface Scope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

/**
 * The worker's side: parse the JSON the page sent, fetch the source texts, validate a slice
 * at a time, posting progress and the verdicts on each slice's events as it goes, then the
 * rest. One dataset per worker; the page ends it afterwards.
 */
export function serveValidation(scope: Scope) {
  scope.onmessage = (e) => {
    const req = e.data as CheckRequest | null;
    if (req?.type !== 'check') return;
    check(scope, req).catch((err: unknown) =>
      scope.postMessage({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
      }),
    );
  };
}

async function check(scope: Scope, { url, text }: CheckRequest) {
  // The page parses the same text: JSON that does not parse is its to report.
  const read = { raw: JSON.parse(text) as unknown };
  const texts = await readSourceTexts(read.raw, url, fetchTextOverHttp);
  const session = startValidation(read.raw, texts);
  const dates = new Set<string>();
  let sent = 0;
  const parts = await runInSlices(session, {
    // No page to keep responsive here: slices pace the messages, and a task boundary
    // between them lets each go out while the next slice is checked.
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    budgetMs: 50,
    onProgress: (p) => {
      const { events, indices } = session.valid;
      const batch = eventVerdicts(read.raw, events, indices, sent, events.length, dates);
      sent = events.length;
      scope.postMessage({ type: 'events', ...batch }, [batch.indices.buffer, batch.ranges.buffer]);
      scope.postMessage({ type: 'progress', ...p });
    },
  });
  const { events, indices } = session.valid;
  const last = eventVerdicts(read.raw, events, indices, sent, events.length, dates);
  scope.postMessage({ type: 'events', ...last }, [last.indices.buffer, last.ranges.buffer]);
  scope.postMessage({ type: 'done', head: parts.head, problems: parts.problems });
}
