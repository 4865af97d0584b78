/**
 * npm run review [-- path/to/timeline.json]
 * Writes the dataset's review sheet beside it, as REVIEW.md and REVIEW.html: each event's date
 * and how it was resolved, each sentence with the passages it cites beneath it, its
 * disagreement note. For an editor to sign a dataset off, claim by claim.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { reviewSheet } from './reviewSheet';

const path = process.argv[2] ?? 'data/timeline.json';
const { markdown, html } = await reviewSheet(path);
for (const [name, text] of [
  ['REVIEW.md', markdown],
  ['REVIEW.html', html],
] as const) {
  const out = join(dirname(path), name);
  await writeFile(out, text);
  console.log(`wrote ${out}`);
}
