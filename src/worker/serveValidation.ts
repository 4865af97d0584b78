import {
  eventVerdicts,
  fetchTextOverHttp,
  readSourceTexts,
  runInSlices,
  startValidation,
  withoutBom,
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

/**
 * The source files the JSON names before its events (where the contract puts `sources`),
 * found in the text without parsing it: their download starts while the text is parsed. A
 * name found wrongly only costs a request; the files are read from the parsed data anyway.
 */
export function filesNamedEarly(text: string): string[] {
  const end = text.indexOf('"events"');
  const head = end < 0 ? text.slice(0, 1_000_000) : text.slice(0, end);
  const out: string[] = [];
  for (const m of head.matchAll(/"file"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
    try {
      out.push(JSON.parse(m[1]!) as string);
    } catch {
      /* not a string after all */
    }
  }
  return out;
}

/** Resolves in a task of its own, at once (a MessageChannel where there is one). */
function nextTask(): () => Promise<void> {
  if (typeof MessageChannel !== 'function')
    return () => new Promise((resolve) => setTimeout(resolve, 0));
  const channel = new MessageChannel();
  let waiting: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const go = waiting;
    waiting = null;
    go?.();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting = resolve;
      channel.port2.postMessage(0);
    });
}

async function check(scope: Scope, { url, text }: CheckRequest) {
  const early = new Map<string, Promise<string>>();
  for (const file of filesNamedEarly(text)) {
    const href = new URL(file, url).href;
    const p = fetchTextOverHttp(href);
    p.catch(() => undefined); // readSourceTexts reports it, if the data names the file
    early.set(href, p);
  }
  // The page parses the same text: JSON that does not parse is its to report.
  const read = { raw: JSON.parse(withoutBom(text)) as unknown };
  const texts = await readSourceTexts(read.raw, url, (u) => early.get(u) ?? fetchTextOverHttp(u));
  const session = startValidation(read.raw, texts);
  const dates = new Set<string>();
  let sent = 0;
  const parts = await runInSlices(session, {
    // No page to keep responsive here: slices pace the messages, and a task boundary
    // between them lets each go out while the next slice is checked. A message to itself,
    // not setTimeout, which a worker clamps to 4 ms once timeouts nest.
    pause: nextTask(),
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
