import { parseJson } from './parseJson';
import type { Problem } from './timeline';
import { validateTimeline, type ValidationResult } from './validate';

// User Timing marks, for benchmarks to see where loading time goes (no-ops where absent).
const mark = (name: string) => globalThis.performance?.mark?.(name);

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

/**
 * Loads a dataset from a URL: the JSON, then each source `file` resolved relative to the
 * JSON's own URL (so a folder of data can be hosted anywhere), then validation.
 */
export async function loadTimeline(url: string, fetchText: FetchText): Promise<LoadResult> {
  let text: string;
  try {
    text = await fetchText(url);
  } catch (e) {
    return failedLoad({
      severity: 'error',
      path: url,
      message: `could not load: ${e instanceof Error ? e.message : String(e)}${e instanceof TypeError ? CORS_HINT : ''}`,
    });
  }
  const json = parseJson(text, url);
  mark('dt:parsed');
  if (!json.ok) return failedLoad(json.problem);
  return loadTimelineObject(json.value, url, fetchText);
}

/**
 * Validates a dataset already parsed (handed over as an object), fetching each source
 * `file` relative to `baseUrl`.
 */
export async function loadTimelineObject(
  raw: unknown,
  baseUrl: string,
  fetchText: FetchText,
): Promise<LoadResult> {
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
        texts.set(file, await fetchText(new URL(file, baseUrl).href));
      } catch {
        // validateTimeline reports the unreadable file on its source
      }
    }),
  );
  mark('dt:texts');
  const result = { ...validateTimeline(raw, texts), fatal: false };
  mark('dt:validated');
  return result;
}

/** A load that produced nothing to show, only the problem that says why. */
export function failedLoad(problem: Problem, title = 'Could not load'): LoadResult {
  return {
    ...validateTimeline({ title, lanes: [], sources: [], events: [] }, new Map()),
    problems: [problem],
    fatal: true,
  };
}

/** fetch() that fails on HTTP errors, for loadTimeline. */
export const fetchTextOverHttp: FetchText = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  return res.text();
};
