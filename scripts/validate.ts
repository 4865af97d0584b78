/**
 * npm run validate [-- path/to/timeline.json]
 * Prints each problem with its path, a summary line, and exits 1 when there are errors.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem, loadTimeline } from '../src/core';

const file = resolve(process.argv[2] ?? 'data/timeline.json');
const url = pathToFileURL(file).href;
const result = await loadTimeline(url, (u) => readFile(new URL(u), 'utf8'));

const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');
for (const p of errors) console.log(`error   ${formatProblem(p)}`);
for (const p of warnings) console.log(`warning ${formatProblem(p)}`);
const { events, sources } = result.timeline;
const citations = events.reduce((n, e) => n + e.citations.length, 0);
console.log(
  `${file}: ${errors.length} error(s), ${warnings.length} warning(s); ` +
    `${events.length} valid event(s), ${citations} citation(s), ${sources.length} source(s)`,
);
process.exit(errors.length > 0 ? 1 : 0);
