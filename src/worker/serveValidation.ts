import {
  fetchTextOverHttp,
  fetchTimelineText,
  parseTimelineText,
  readSourceTexts,
  runInSlices,
  startValidation,
  verdictOf,
} from '../core';
import type { LoadRequest, WorkerMessage } from './protocol';

interface Scope {
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

/**
 * The worker's side: fetch the JSON (and hand its text to the page at once), fetch the
 * source texts, validate a slice at a time with progress, post the verdict. One load per
 * worker; the page ends it afterwards.
 */
export function serveValidation(scope: Scope) {
  scope.onmessage = (e) => {
    const req = e.data as LoadRequest | null;
    if (req?.type !== 'load') return;
    load(scope, req.url).catch((err: unknown) =>
      scope.postMessage({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
      }),
    );
  };
}

async function load(scope: Scope, url: string) {
  const text = await fetchTimelineText(url, fetchTextOverHttp);
  if (typeof text !== 'string') return scope.postMessage({ type: 'failed', result: text });
  scope.postMessage({ type: 'text', text });
  const read = parseTimelineText(text, url);
  if (!read.ok) return scope.postMessage({ type: 'failed', result: read.failed });
  const texts = await readSourceTexts(read.raw, url, fetchTextOverHttp);
  const parts = await runInSlices(startValidation(read.raw, texts), {
    // No page to keep responsive here: slices only pace the progress messages.
    pause: () => Promise.resolve(),
    budgetMs: 40,
    onProgress: (p) => scope.postMessage({ type: 'progress', ...p }),
  });
  const verdict = verdictOf(read.raw, parts);
  scope.postMessage({ type: 'verdict', verdict }, [verdict.indices.buffer, verdict.ranges.buffer]);
}
