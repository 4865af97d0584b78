/**
 * Loading on the page's own thread, for where no worker can be made (the single file, a
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

export async function loadOnMain(
  source: { kind: 'url'; url: string } | { kind: 'object'; value: unknown; baseUrl: string },
  fetchText: FetchText,
  onProgress: (p: LoadProgress) => void,
): Promise<LoadResult> {
  let raw = source.kind === 'object' ? source.value : undefined;
  const baseUrl = source.kind === 'object' ? source.baseUrl : source.url;
  if (source.kind === 'url') {
    const read = await readTimeline(source.url, fetchText);
    if (!read.ok) return read.failed;
    raw = read.raw;
  }
  const texts = await readSourceTexts(raw, baseUrl, fetchText);
  const result = await validateInSlices(raw, texts, {
    pause,
    onProgress: (p) => onProgress({ phase: 'checking', ...p }),
  });
  mark('dt:checked-on-page');
  return { ...result, fatal: false };
}
