/**
 * npm run new -- path/to/folder [--title "My timeline"]
 * Starts a dataset: timeline.json (one lane, one source, one cited event), the JSON Schema
 * beside it (so editors complete and check it from that folder, wherever it moves), an
 * example source text, and a short README of the format.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './cli/args';
import { fail, projectRoot, shown, userPath } from './cli/paths';
import { EXAMPLE_TEXT, FORMAT_README, starterDataset } from './cli/starter';

const USAGE = 'usage: npm run new -- path/to/folder [--title "My timeline"]';
const { values, positionals } = readArgs({ title: { type: 'string' } }, USAGE);
if (positionals.length !== 1) fail(USAGE);
const dir = userPath(positionals[0]!);
if (existsSync(join(dir, 'timeline.json')))
  fail(`${shown(dir)} already has a timeline.json; nothing written`);
if (existsSync(dir) && readdirSync(dir).length > 0)
  console.log(`note: ${shown(dir)} is not empty; adding the dataset's files beside what is there`);

mkdirSync(join(dir, 'sources'), { recursive: true });
writeFileSync(
  join(dir, 'timeline.json'),
  `${JSON.stringify(starterDataset(values.title ?? 'My timeline'), null, 2)}\n`,
);
copyFileSync(join(projectRoot, 'data/timeline.schema.json'), join(dir, 'timeline.schema.json'));
writeFileSync(join(dir, 'sources/example.txt'), EXAMPLE_TEXT);
writeFileSync(join(dir, 'README.md'), FORMAT_README);

const at = shown(dir);
console.log(`Wrote ${at}/: timeline.json, timeline.schema.json, sources/example.txt, README.md

Next:
  npm run validate -- ${at}
  npm run serve -- ${at}
  npm run build -- --data ${at} --out ${at}-site`);
