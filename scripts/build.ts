/**
 * npm run build [-- --data path/to/folder] [--out DIR]
 * The static site: type-check, the app and embed pages, the web component, the single file
 * and its CSP. With --data, that folder's dataset is the embedded default everywhere (and
 * the page title); with --out, the site goes there instead of dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './cli/args';
import { readDataset } from '../tooling/dataset';
import { datasetFile, fail, projectRoot, shown, userPath } from './cli/paths';

const USAGE = 'usage: npm run build [-- --data path/to/folder] [--out DIR]';
const { values, positionals } = readArgs(
  { data: { type: 'string' }, out: { type: 'string' } },
  USAGE,
);
if (positionals.length > 0) fail(USAGE);

// A production build whatever the caller's NODE_ENV (a test runner sets "test", which would
// give the web component React's development JSX runtime).
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
if (values.data) {
  const json = datasetFile(values.data);
  if (!existsSync(json)) fail(`no dataset at ${shown(json)}: give a folder with a timeline.json`);
  try {
    readDataset(json);
  } catch (e) {
    fail(`${shown(json)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  env.DT_DATA = json;
}
if (values.out) env.DT_OUT = userPath(values.out);

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const out = env.DT_OUT ?? join(projectRoot, 'dist');
const steps: [string, string[]][] = [
  [bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  [bin('vite'), ['build']],
  // What first paint downloads, against its budget (fails the build when over).
  [bin('tsx'), ['scripts/payloadBudget.ts', out]],
  [bin('vite'), ['build', '-c', 'vite.lib.config.ts']],
  [bin('vite'), ['build', '-c', 'vite.single.config.ts']],
  [bin('tsx'), ['scripts/singleFileCsp.ts']],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { cwd: projectRoot, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(
  `\nBuilt ${shown(out)}/${values.data ? ` with ${shown(env.DT_DATA!)} as its dataset` : ''}: ` +
    `index.html (the app), embed.html, lib/diplomatic-timeline.js, single/diplomatic-timeline.html, data/`,
);
