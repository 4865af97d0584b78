/**
 * Checking on the page's own thread, for where no worker can be made (the single file, a
 * component from another origin, a policy that forbids it) and for data handed over as an
 * object: the same validation, a slice at a time between pauses, so the page still answers
 * input and shows progress. Its own chunk: a page whose worker does the checking never
 * downloads it.
 */
import {
  checkInSlices,
  mark,
  readSourceTexts,
  startValidation,
  validateInSlices,
  type CheckedShare,
  type EventShare,
  type FetchText,
  type LoadResult,
  type ValidatedParts,
} from '../../core';
import type { LoadProgress } from '../../state';
import { pause } from './pause';

export async function checkOnMain(
  raw: unknown,
  baseUrl: string,
  fetchText: FetchText,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadResult> {
  const texts = await readSourceTexts(raw, baseUrl, fetchText);
  const result = await validateInSlices(raw, texts, {
    pause,
    onProgress: (p) => onProgress({ phase: 'checking', ...p }),
  });
  mark('dt:checked-on-page');
  return { ...result, fatal: false };
}

/**
 * This thread's share of a check split with a worker: events `share` of `raw`, a slice at a
 * time. `finish` with the worker's share gives the whole validation's parts (this share's
 * events only).
 */
export async function checkShareOnMain(
  raw: unknown,
  baseUrl: string,
  fetchText: FetchText,
  share: EventShare,
  onProgress: (done: number) => void,
  stopped: () => boolean,
): Promise<{ finish(worker: CheckedShare): ValidatedParts }> {
  const texts = await readSourceTexts(raw, baseUrl, fetchText);
  const session = startValidation(raw, texts, share);
  await checkInSlices(session, {
    pause: () => (stopped() ? new Promise<never>(() => {}) : pause()),
    onProgress: (p) => onProgress(p.done),
  });
  mark('dt:checked-on-page');
  return { finish: (worker) => session.finishParts([worker]) };
}
