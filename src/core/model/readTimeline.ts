import { withoutBom } from './withoutBom';
import type { Problem, Timeline } from './timeline';
import type { ValidationResult } from './validate/complete';
import type { SourceTexts } from './validate/resolveSources';

// Getting a dataset's JSON and texts, without the validator: a page whose worker validates
// needs these and not the checks themselves (loadTimeline.ts puts them together).

// User Timing marks, for benchmarks to see where loading time goes (no-ops where absent).
export const mark = (name: string) => globalThis.performance?.mark?.(name);

export type FetchText = (url: string) => Promise<string>;

// fetch() rejects with a bare TypeError ("Failed to fetch") when the host cannot be reached,
// or when it does not let this page read the response: the browser will not say which.
const CORS_HINT =
  '. The host may be unreachable, or (for data on another host) it does not allow this page ' +
  'to read it: it must send "Access-Control-Allow-Origin: *" (or this page\'s origin) with the ' +
  'JSON and its source files';

export interface LoadResult extends ValidationResult {
  /** True when nothing could be read at all (the JSON itself is missing or broken). */
  readonly fatal: boolean;
}

/** The dataset's JSON text and its parse, or the load that failed to get them. */
export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly raw: unknown }
  | { readonly ok: false; readonly failed: LoadResult };

/** The JSON text at `url`, or the failed load that says why there is none. */
export async function fetchTimelineText(
  url: string,
  fetchText: FetchText,
): Promise<string | LoadResult> {
  try {
    return await fetchText(url);
  } catch (e) {
    return couldNotLoad(url, e);
  }
}

/** The failed load of `url` that `e` (what fetching or reading it threw) explains. */
export const couldNotLoad = (url: string, e: unknown): LoadResult =>
  failedLoad({
    severity: 'error',
    path: url,
    message: `could not load: ${e instanceof Error ? e.message : String(e)}${e instanceof TypeError ? CORS_HINT : ''}`,
  });

/** The text of each source `file` the data names, fetched relative to `baseUrl`. */
export async function readSourceTexts(
  raw: unknown,
  baseUrl: string,
  fetchText: FetchText,
): Promise<SourceTexts> {
  const files = new Set<string>();
  const sources = (raw as { sources?: unknown } | null)?.sources;
  if (Array.isArray(sources)) {
    for (const s of sources) {
      const file = (s as { file?: unknown } | null)?.file;
      if (typeof file === 'string') files.add(file);
    }
  }
  const texts = new Map<string, string>();
  await Promise.all(
    [...files].map(async (file) => {
      try {
        texts.set(file, withoutBom(await fetchText(new URL(file, baseUrl).href)));
      } catch {
        // validation reports the unreadable file on its source
      }
    }),
  );
  mark('dt:texts');
  return texts;
}

/** A timeline with nothing in it. */
export const emptyTimeline = (title: string): Timeline => ({
  title,
  description: undefined,
  lanes: [],
  actors: [],
  sources: [],
  events: [],
  eventsById: new Map(),
  chapters: [],
  view: null,
});

/** A load that produced nothing to show, only the problem that says why. */
export function failedLoad(problem: Problem, title = 'Could not load'): LoadResult {
  return { timeline: emptyTimeline(title), problems: [problem], fatal: true };
}

/** fetch() that fails on HTTP errors. */
export async function fetchOverHttp(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  return res;
}

/** fetch() that fails on HTTP errors, for loadTimeline. */
export const fetchTextOverHttp: FetchText = async (url) => (await fetchOverHttp(url)).text();
