import type { EventVerdicts, Problem, TimelineHead, ValidationProgress } from '../core';

/** The page hands the worker the dataset's JSON (it fetched it) to check. */
export interface CheckRequest {
  readonly type: 'check';
  /** Where the JSON came from: its source files are fetched relative to it. */
  readonly url: string;
  readonly text: string;
}

/**
 * What the worker says back: progress and verdicts on the events as it goes, then `done`
 * with everything else. The page builds the events batch by batch meanwhile.
 */
export type WorkerMessage =
  | ({ readonly type: 'progress' } & ValidationProgress)
  | ({ readonly type: 'events' } & EventVerdicts)
  | { readonly type: 'done'; readonly head: TimelineHead; readonly problems: readonly Problem[] }
  /** The worker itself broke: the page checks on its own thread instead. */
  | { readonly type: 'error'; readonly message: string };
