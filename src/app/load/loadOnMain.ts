/**
 * Checking on the page's own thread, for where no worker can be made (the single file, a
 * component from another origin, a policy that forbids it) and for data handed over as an
 * object: the same validation, a slice at a time between pauses, so the page still answers
 * input and shows progress. Its own chunk: a page whose worker does the checking never
 * downloads it.
 */
import {
  mark,
  readSourceTexts,
  readTimeline,
  validateInSlices,
  type FetchText,
  type LoadResult,
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
 * The JSON at `url`, fetched, parsed and checked here (no worker): the JSON's own reading
 * comes with this chunk, so first paint does not carry it.
 */
export async function loadOnMain(
  url: string,
  fetchText: FetchText,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadResult> {
  const read = await readTimeline(url, fetchText);
  return read.ok ? checkOnMain(read.raw, url, fetchText, onProgress) : read.failed;
}
