import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTimeline, reviewDoc, reviewHtml, reviewMarkdown } from '../src/core';

/**
 * The review sheet of a dataset on disk, as Markdown and HTML. The file is named relative to
 * the working directory, so the committed data/REVIEW.md reads the same on every machine.
 */
export async function reviewSheet(path: string): Promise<{ markdown: string; html: string }> {
  const file = resolve(path);
  const result = await loadTimeline(pathToFileURL(file).href, (u) => readFile(new URL(u), 'utf8'));
  const shown = relative(process.cwd(), file);
  const doc = reviewDoc(
    result.timeline,
    result.problems,
    shown.startsWith('..') || isAbsolute(shown) ? file : shown,
  );
  return { markdown: reviewMarkdown(doc), html: reviewHtml(doc) };
}
