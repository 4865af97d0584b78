import { eventCount, type FetchText, type LoadResult } from '../../core';
import type { LoadProgress } from '../../state';
import { checkInWorker } from './loadInWorker';
import { readStreamed } from './readStreamed';

/** From how many events the page checks a share of them itself. */
const SPLIT_FROM = 20_000;
/**
 * The worker's share: the page also builds the worker's events from its verdicts, so it
 * takes a little less (the two finish about together on two cores).
 */
const WORKER_SHARE = 0.6;

interface Options {
  readonly fetchText: FetchText;
  readonly report: (p: LoadProgress) => void;
  readonly cancelled: () => boolean;
  /** Gets what stops the work now under way. */
  readonly onStop: (stop: () => void) => void;
}

/**
 * Loads a dataset with a worker: the JSON (`response` to fetching `url`) parsed as it
 * downloads, here and in the worker; the worker checks it (large data: the worker most of the
 * events, this thread the last share) while this thread builds the events from its verdicts.
 * Gives the result, the JSON's failure, or the parsed data when the worker could not do it
 * (the caller then checks it here). Its own chunk, like the reading.
 */
export async function loadWithWorker(
  worker: Worker,
  url: string,
  response: Promise<Response>,
  { fetchText, report, cancelled, onStop }: Options,
): Promise<{ result: LoadResult } | { failed: LoadResult } | { raw: unknown }> {
  let workerDone = 0;
  let pageDone = 0;
  let total = 0;
  const job = checkInWorker(worker, url, (p) => {
    workerDone = p.phase === 'checking' ? p.done : 0;
    report(p.phase === 'checking' ? { ...p, done: workerDone + pageDone, total } : p);
  });
  onStop(job.cancel);
  const onPage = import('./loadOnMain');
  onPage.catch(() => undefined); // only needed if the page checks too
  const read = await readStreamed(url, response, job.send);
  if ('failed' in read) {
    job.cancel();
    return read;
  }
  total = eventCount(read.raw);
  const split = total >= SPLIT_FROM ? Math.ceil(total * WORKER_SHARE) : total;
  job.close(split < total ? { from: 0, to: split } : undefined);
  job.attach(read.raw);
  if (split < total) {
    const mine = await onPage.then((m) =>
      m.checkShareOnMain(
        read.raw,
        url,
        fetchText,
        { from: split, to: total },
        (done) => {
          pageDone = done;
          report({ phase: 'checking', done: workerDone + pageDone, total });
        },
        cancelled,
      ),
    );
    const r = await job.result;
    if (r && 'share' in r) return { result: r.finish(mine.finish(r.share)) };
  } else {
    const r = await job.result;
    if (r && !('share' in r)) return { result: r };
  }
  return { raw: read.raw };
}
