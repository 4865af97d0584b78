/**
 * npm run review [-- path/to/folder-or-timeline.json]
 * Writes the dataset's review sheet beside it, as REVIEW.md and REVIEW.html: each event's date
 * and how it was resolved, each sentence with the passages it cites beneath it, its
 * disagreement note. For an editor to sign a dataset off, claim by claim.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readArgs } from './cli/args';
import { datasetFile, fail, projectRoot, shown } from './cli/paths';
import { reviewSheet } from './reviewSheet';

// A path is the user's (relative to where they run it), a folder or its timeline.json.
const { positionals } = readArgs({}, 'usage: npm run review [-- path/to/folder-or-timeline.json]');
const path = positionals[0] ? datasetFile(positionals[0]) : join(projectRoot, 'data/timeline.json');
// No sheet for a dataset that is not there (it would be written beside nothing).
if (!existsSync(path)) fail(`no dataset at ${shown(path)}: give a folder with a timeline.json`);
const { markdown, html } = await reviewSheet(path);
for (const [name, text] of [
  ['REVIEW.md', markdown],
  ['REVIEW.html', html],
] as const) {
  const out = join(dirname(path), name);
  await writeFile(out, text);
  console.log(`wrote ${shown(out)}`);
}
