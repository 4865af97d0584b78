import type { LoadResult, ValidationProgress, Verdict } from '../core';

/** The page asks the worker to load and check the dataset at `url`. */
export interface LoadRequest {
  readonly type: 'load';
  readonly url: string;
}

/** What the worker says back, in this order: text, progress…, then verdict (or failed). */
export type WorkerMessage =
  /** The JSON as fetched: the page parses its own copy while the worker checks. */
  | { readonly type: 'text'; readonly text: string }
  | ({ readonly type: 'progress' } & ValidationProgress)
  | { readonly type: 'verdict'; readonly verdict: Verdict }
  /** Nothing to check: the JSON could not be fetched or parsed. */
  | { readonly type: 'failed'; readonly result: LoadResult }
  /** The worker itself broke: the page loads on its own thread instead. */
  | { readonly type: 'error'; readonly message: string };
