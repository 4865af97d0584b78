/**
 * npm run import -- FILE --out DIR [--sources DIR] [--base timeline.json] [--offset +01:00] [--force]
 * Reads a CSV (ours, or the TimelineJS sheet) or TimelineJS JSON, the format known from the
 * file; writes DIR/timeline.json, the schema and the source texts; validates what it wrote
 * and says what it did. Paths are relative to where you run it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readArgs } from './cli/args';
import { formatProblem, type TimelineData } from '../src/core';
import { FORMAT_NAMES, ImportError, importFile } from '../src/core/interchange';
import { loadDatasetFile } from './cli/loadDatasetFile';
import { datasetFile, fail, projectRoot, shown, userPath } from './cli/paths';

const USAGE =
  'usage: npm run import -- FILE --out DIR [--sources DIR] [--base timeline.json] [--offset +01:00] [--force]';
const { values, positionals } = readArgs(
  {
    out: { type: 'string' },
    sources: { type: 'string' },
    base: { type: 'string' },
    offset: { type: 'string' },
    force: { type: 'boolean' },
  },
  USAGE,
);
if (positionals.length !== 1 || !values.out) fail(USAGE);
const input = userPath(positionals[0]!);
if (!existsSync(input)) fail(`no file at ${shown(input)}`);
const out = userPath(values.out);
if (existsSync(join(out, 'timeline.json')) && !values.force)
  fail(`${shown(out)} already has a timeline.json: give another --out, or --force to replace it`);
if (values.offset && !/^(Z|[+-]\d{2}:\d{2})$/.test(values.offset))
  fail(`--offset "${values.offset}": expected Z or ±HH:MM, such as +01:00`);

let base: TimelineData | undefined;
let baseDir = '';
if (values.base) {
  const file = datasetFile(values.base);
  try {
    base = JSON.parse(readFileSync(file, 'utf8')) as TimelineData;
  } catch (e) {
    fail(`--base ${shown(file)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  baseDir = dirname(file);
}
const sourcesDir = values.sources ? userPath(values.sources) : null;
const readIf = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined);
// A base source's text is its own file; any other's is --sources/ID.txt.
const sourceText = (id: string) => {
  const known = base?.sources.find((s) => s.id === id);
  if (known?.file) return readIf(resolve(baseDir, known.file));
  return sourcesDir ? readIf(join(sourcesDir, `${id}.txt`)) : undefined;
};

let result;
try {
  result = importFile(basename(input), readFileSync(input, 'utf8'), {
    sourceText,
    base,
    offset: values.offset,
    fallbackTitle: basename(input).replace(/\.[^.]+$/, ''),
  });
} catch (e) {
  if (e instanceof ImportError) fail(`${shown(input)}: ${e.message}`);
  throw e;
}

const texts = new Map(result.texts);
for (const s of base?.sources ?? []) {
  if (s.file && !texts.has(s.file)) {
    const t = readIf(resolve(baseDir, s.file));
    if (t !== undefined) texts.set(s.file, t);
  }
}
mkdirSync(out, { recursive: true });
// The schema is written beside it, whatever a base pointed at.
const $schema = 'timeline.schema.json';
const data = Object.assign({ $schema }, result.data, { $schema });
writeFileSync(join(out, 'timeline.json'), `${JSON.stringify(data, null, 2)}\n`);
copyFileSync(join(projectRoot, 'data/timeline.schema.json'), join(out, 'timeline.schema.json'));
for (const [file, text] of texts) {
  const to = resolve(out, file);
  if (!to.startsWith(out)) continue; // a base's file outside its folder stays where it is
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, text);
}

console.log(`${shown(input)}: read as ${FORMAT_NAMES[result.format]}`);
for (const line of result.report) console.log(`  ${line}`);
const check = await loadDatasetFile(join(out, 'timeline.json'));
const errors = check.problems.filter((p) => p.severity === 'error');
const warnings = check.problems.length - errors.length;
console.log(
  `Wrote ${shown(out)}/timeline.json and ${texts.size} source text(s); validation: ` +
    `${errors.length} error(s), ${warnings} warning(s) (npm run validate -- ${shown(out)} lists them)`,
);
for (const p of errors) console.log(`error   ${formatProblem(p)}`);
process.exit(errors.length > 0 ? 1 : 0);
