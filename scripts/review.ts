/**
 * npm run review [-- path/to/folder-or-timeline.json]
 * Writes the dataset's review sheet beside it, as REVIEW.md and REVIEW.html: each event's date
 * and how it was resolved, each sentence with the passages it cites beneath it, its
 * disagreement note. For an editor to sign a dataset off, claim by claim.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { datasetFile, projectRoot, shown } from './cli/paths';
import { reviewSheet } from './reviewSheet';

// A path is the user's (relative to where they run it), a folder or its timeline.json.
const path = process.argv[2]
  ? datasetFile(process.argv[2])
  : join(projectRoot, 'data/timeline.json');
const { markdown, html } = await reviewSheet(path);
for (const [name, text] of [
  ['REVIEW.md', markdown],
  ['REVIEW.html', html],
] as const) {
  const out = join(dirname(path), name);
  await writeFile(out, text);
  console.log(`wrote ${shown(out)}`);
}
