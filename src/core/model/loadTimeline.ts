import { readTimeline } from './parseTimelineText';
import { readSourceTexts, mark, type FetchText, type LoadResult } from './readTimeline';
import { validateTimeline } from './validate';

/**
 * Loads a dataset from a URL: the JSON, then each source `file` resolved relative to the
 * JSON's own URL (so a folder of data can be hosted anywhere), then validation.
 */
export async function loadTimeline(url: string, fetchText: FetchText): Promise<LoadResult> {
  const read = await readTimeline(url, fetchText);
  if (!read.ok) return read.failed;
  return loadTimelineObject(read.raw, url, fetchText);
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
  const texts = await readSourceTexts(raw, baseUrl, fetchText);
  const result = { ...validateTimeline(raw, texts), fatal: false };
  mark('dt:validated');
  return result;
}
