import { describe, expect, it } from 'vitest';
import { checkInWorker } from '../../../src/app/load/loadInWorker';
import { eventVerdicts, startValidation, validateTimeline } from '../../../src/core';
import type { WorkerMessage } from '../../../src/worker/protocol';
import { corruptDataset } from '../../core/model/corrupt';

/** A stand-in for a Worker: records what the page posts, lets the test say things back. */
function fakeWorker() {
  const w = {
    posted: [] as unknown[],
    terminated: false,
    onmessage: null as ((e: MessageEvent<WorkerMessage>) => void) | null,
    onerror: null as ((e: Event) => void) | null,
    onmessageerror: null as ((e: Event) => void) | null,
    postMessage(m: unknown) {
      w.posted.push(m);
    },
    terminate() {
      w.terminated = true;
    },
    say(m: WorkerMessage) {
      w.onmessage?.(new MessageEvent('message', { data: m }));
    },
  };
  return w;
}

describe('checkInWorker', () => {
  const { raw, texts } = corruptDataset(300, 2);
  const once = validateTimeline(raw, texts);
  const session = startValidation(raw, texts);
  const parts = session.finishParts();
  const half = Math.floor(parts.events.length / 2);
  const batch = (from: number, to: number, dates: Set<string>): WorkerMessage => ({
    type: 'events',
    ...eventVerdicts(raw, parts.events, parts.indices, from, to, dates),
  });

  it('keeps what the worker said before its code arrived, and verdicts that came before the page parsed', async () => {
    const w = fakeWorker();
    const dates = new Set<string>();
    // The first batch came while the page's chunk was on its way (kept by the entry)…
    const said = [new MessageEvent('message', { data: batch(0, half, dates) })];
    const job = checkInWorker(w as unknown as Worker, 'u', 'text', () => {}, said);
    expect(w.posted).toEqual([{ type: 'check', url: 'u', text: 'text' }]);
    // …the second and the end before the page had parsed its copy.
    w.say(batch(half, parts.events.length, dates));
    w.say({ type: 'done', head: parts.head, problems: parts.problems });
    job.attach(structuredClone(raw));
    expect(await job.result).toEqual({ ...once, fatal: false });
    expect(w.terminated).toBe(true);
  });

  it('gives up (so the page checks on its own) when the worker failed before its code arrived', async () => {
    const w = fakeWorker();
    const job = checkInWorker(w as unknown as Worker, 'u', 'text', () => {}, [new Event('error')]);
    expect(await job.result).toBeNull();
    expect(w.terminated).toBe(true);
  });

  it('passes progress on at once, before the page has parsed', () => {
    const w = fakeWorker();
    const seen: unknown[] = [];
    checkInWorker(w as unknown as Worker, 'u', 'text', (p) => seen.push(p));
    w.say({ type: 'progress', done: 10, total: 300 });
    expect(seen).toEqual([{ phase: 'checking', done: 10, total: 300 }]);
  });
});
