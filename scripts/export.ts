/**
 * npm run export -- --format csv|ics|timelinejs|jsonld [--out FILE] [path/to/timeline.json]
 * Writes the dataset (its valid events) in another format, to FILE or to standard output.
 * What the format cannot hold is said on standard error. Paths are relative to where you run it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './cli/args';
import { EXPORT_FORMATS, exportTimeline, type ExportFormat } from '../src/core/interchange';
import { loadDatasetFile } from './cli/loadDatasetFile';
import { datasetFile, fail, projectRoot, shown, userPath } from './cli/paths';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [path/to/timeline.json]`;
const { values, positionals } = readArgs(
  { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
  USAGE,
);
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) fail(USAGE);
const file = positionals[0] ? datasetFile(positionals[0]) : join(projectRoot, 'data/timeline.json');
const loaded = await loadDatasetFile(file);
if (loaded.fatal) fail(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const errors = loaded.problems.filter((p) => p.severity === 'error').length;
if (errors)
  console.error(
    `${shown(file)} has ${errors} error(s) (npm run validate lists them): exporting its ${loaded.timeline.events.length} valid event(s)`,
  );

const result = exportTimeline(format, { timeline: loaded.timeline });
for (const note of result.notes) console.error(`note: ${note}`);
if (values.out) {
  const out = userPath(values.out);
  writeFileSync(out, result.text);
  console.error(`wrote ${shown(out)} (${loaded.timeline.events.length} event(s), ${format})`);
} else process.stdout.write(result.text);
