import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadTimeline, type LoadResult } from '../../src/core';

/** A dataset from disk, validated exactly as the app validates one from a URL. */
export function loadDatasetFile(file: string): Promise<LoadResult> {
  return loadTimeline(pathToFileURL(file).href, (u) => readFile(new URL(u), 'utf8'));
}
