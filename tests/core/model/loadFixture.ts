import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, loadTimeline, type LoadResult } from '../../../src/core';

/** Loads a dataset from disk the way `npm run validate` does. */
export async function loadFile(path: string): Promise<LoadResult & { lines: string[] }> {
  const url = pathToFileURL(resolve(path)).href;
  const result = await loadTimeline(url, (u) => readFile(new URL(u), 'utf8'));
  return { ...result, lines: result.problems.map(formatProblem) };
}
