import { couldNotLoad, parseTimelineText, type LoadResult } from '../../core';
import type { LoadProgress } from '../../state';
import { checkInWorker } from './loadInWorker';

interface Options {
  /** What the worker said before this code arrived. */
  readonly said: readonly Event[];
  readonly report: (p: LoadProgress) => void;
  /** Gets what stops the work now under way. */
  readonly onStop: (stop: () => void) => void;
}

/**
 * Loads a dataset with a worker: this thread reads the JSON (the `response` to fetching
 * `url`) and hands the text to the worker, which checks it while this thread parses its own
 * copy and builds the events from the worker's verdicts. Gives the result, the JSON's
 * failure, or the parsed data when the worker could not do it (the caller then checks it
 * here). Its own chunk: the request and the worker have started before it arrives.
 */
export async function loadWithWorker(
  worker: Worker,
  url: string,
  response: Promise<Response>,
  { said, report, onStop }: Options,
): Promise<{ result: LoadResult } | { failed: LoadResult } | { raw: unknown }> {
  let text: string;
  try {
    text = await (await response).text();
  } catch (e) {
    worker.terminate();
    return { failed: couldNotLoad(url, e) };
  }
  // The worker gets the text first, so the two threads parse it side by side.
  const job = checkInWorker(worker, url, text, report, said);
  onStop(job.cancel);
  const read = parseTimelineText(text, url);
  if (!read.ok) {
    job.cancel();
    return { failed: read.failed };
  }
  job.attach(read.raw);
  const r = await job.result;
  return r ? { result: r } : { raw: read.raw };
}
