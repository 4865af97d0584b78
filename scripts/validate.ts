/**
 * npm run validate [-- path/to/folder-or-timeline.json]
 * Prints each problem with its path, a summary line, and exits 1 when there are errors.
 * Paths are relative to where you run it; with none, the project's data/timeline.json.
 */
import { join } from 'node:path';
import { formatProblem } from '../src/core';
import { readArgs } from './cli/args';
import { loadDatasetFile } from './cli/loadDatasetFile';
import { datasetFile, projectRoot, shown } from './cli/paths';

const { positionals } = readArgs(
  {},
  'usage: npm run validate [-- path/to/folder-or-timeline.json]',
);
const file = positionals[0] ? datasetFile(positionals[0]) : join(projectRoot, 'data/timeline.json');
const result = await loadDatasetFile(file);

const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
for (const p of errors) console.log(`error   ${formatProblem(p)}`);
for (const p of warnings) console.log(`warning ${formatProblem(p)}`);
const { events, sources } = result.timeline;
const citations = events.reduce((n, e) => n + e.citations.length, 0);
const uncited = events.filter((e) => e.status === 'uncited').length;
console.log(
  `${shown(file)}: ${errors.length} error(s), ${warnings.length} warning(s); ` +
    `${events.length} valid event(s)${uncited ? ` (${uncited} not yet cited)` : ''}, ` +
    `${citations} citation(s), ${sources.length} source(s)`,
);
process.exit(errors.length > 0 ? 1 : 0);
