import type {
  CheckedShare,
  EventShare,
  EventVerdicts,
  Problem,
  TimelineHead,
  ValidationProgress,
} from '../core';

/**
 * The page hands the worker the dataset's JSON to check as it downloads it: `open` with its
 * URL (its source files are fetched relative to it), its bytes piece by piece, `close` with
 * the share of the events the worker is to check (all of them, when there is none): the page
 * checks the rest.
 */
export type CheckMessage =
  | { readonly type: 'open'; readonly url: string }
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  | { readonly type: 'close'; readonly share?: EventShare };

/**
 * What the worker says back: progress and verdicts on the events as it goes, then `done`
 * with everything else. The page builds the events batch by batch meanwhile.
 */
export type WorkerMessage =
  | ({ readonly type: 'progress' } & ValidationProgress)
  | ({ readonly type: 'events' } & EventVerdicts)
  | { readonly type: 'done'; readonly head: TimelineHead; readonly problems: readonly Problem[] }
  /** The end of checking a share: what the page needs to finish the validation. */
  | { readonly type: 'shareDone'; readonly share: CheckedShare }
  /** The worker itself broke: the page checks on its own thread instead. */
  | { readonly type: 'error'; readonly message: string };
