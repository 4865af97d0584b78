/**
 * npm run bench: the production build and vis-timeline on the same data, in Debian's Chromium,
 * run by run interleaved (the tools alternate which goes first). Writes
 * bench/out/results.{json,md} and prints the Markdown.
 *   BENCH_RUNS=5                     runs per tool and scenario
 *   BENCH_SCENARIOS=dense-10000,100000   (or BENCH_SIZES) narrows the scenarios
 *   BENCH_TOOLS=ours                 one tool only
 *   BENCH_TIMEOUT=60000              ms a tool gets to reach data-ready
 *   BENCH_DIST=dist                  the build to measure
 *   BENCH_BASELINE=../main/dist      another build, run as a third tool (before/after, same load)
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tooling/chromium';
import { startStaticServer } from '../tooling/staticServer';
import { measure, NOT_READY } from './measure';
import { chunkTable, med, scenarioLabel, table, type Outcome } from './report';
import { scenarioFor, selectedScenarios, type Tool } from './scenarios';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 60_000);
const BASELINE = process.env.BENCH_BASELINE;
const TOOLS = (
  process.env.BENCH_TOOLS ?? (BASELINE ? 'ours,baseline,vis-timeline' : 'ours,vis-timeline')
).split(',') as Tool[];
const DIST = process.env.BENCH_DIST ?? 'dist';
if (TOOLS.includes('baseline') && !BASELINE)
  throw new Error('BENCH_BASELINE names the baseline build');

if (!existsSync(`${DIST}/index.html`))
  throw new Error(`no ${DIST}/index.html: run \`npm run build\` first`);
const scenarios = selectedScenarios().map(scenarioFor);

const { server, origin } = await startStaticServer({
  '/app/': DIST,
  ...(BASELINE ? { '/base/': BASELINE } : {}),
  '/data/': 'bench/out/data',
  '/vis/': 'bench/vis',
  '/vis-lib/': 'node_modules/vis-timeline/standalone/umd',
});
const browser: Browser = await launchChromium({ args: ['--enable-precise-memory-info'] });

const started = Date.now();
const load = [loadavg()[0]!];
const outcomes: Outcome[] = [];
/** The smallest scenario each tool failed on: it is not made to time out on larger ones. */
const failedAt: Partial<Record<Tool, { events: number; name: string }>> = {};
for (const scenario of scenarios) {
  const outcome: Outcome = {
    scenario,
    runs: { ours: [], baseline: [], 'vis-timeline': [] },
    skipped: {},
  };
  outcomes.push(outcome);
  for (const tool of TOOLS) {
    const f = failedAt[tool];
    if (f && scenario.events >= f.events)
      outcome.skipped[tool] = `not run (did not render ${f.name} in ${TIMEOUT / 1000} s)`;
  }
  for (let r = 0; r < RUNS; r++) {
    // Each run starts with another tool, so none always runs first (or last).
    const order = TOOLS.map((_, i) => TOOLS[(i + r) % TOOLS.length]!);
    for (const tool of order) {
      // A tool that did not render is not made to time out again on this scenario or larger
      // ones; any other failure costs only that run (it is left out of the medians).
      if (outcome.skipped[tool] || outcome.runs[tool].some((x) => x.error?.startsWith(NOT_READY)))
        continue;
      const t = Date.now();
      const run = await measure(browser, origin, scenario, tool, TIMEOUT);
      outcome.runs[tool].push(run);
      load.push(loadavg()[0]!);
      if (run.error?.startsWith(NOT_READY) && !failedAt[tool])
        failedAt[tool] = { events: scenario.events, name: scenarioLabel(scenario) };
      console.log(
        `${scenario.name} ${tool} run ${r + 1} (${((Date.now() - t) / 1000).toFixed(0)} s): ${
          run.error ??
          `ready ${Math.round(run.ready!)} ms (longest load task ${Math.round(run.load.longest)}), zoom p95 ${run.zoom.p95.toFixed(1)} ms, heap ${run.heapMB.toFixed(0)} MB, JS+CSS ${run.gzipBeforeKB.toFixed(1)} KB`
        }`,
      );
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

const seconds = Math.round((Date.now() - started) / 1000);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`;
const loadNote = `load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} during the run`;
const md = [
  `Measured by \`npm run bench\`${BASELINE ? ` (baseline: ${BASELINE})` : ''} (${RUNS} runs per tool and scenario, interleaved; median, and min–max where runs differ) on ${machine}, ${new Date().toISOString().slice(0, 10)}, in ${seconds} s (${loadNote}).`,
  '',
  table(outcomes, TOOLS),
  '',
  TOOLS.includes('ours') ? chunkTable(outcomes) : '',
].join('\n');
mkdirSync('bench/out', { recursive: true });
const summary = Object.fromEntries(
  outcomes.map((o) => [
    o.scenario.name,
    Object.fromEntries(
      TOOLS.map((t) => [
        t,
        {
          readyMs: med(o.runs[t], (r) => r.ready!),
          zoomP95: med(o.runs[t], (r) => r.zoom.p95),
          heapMB: med(o.runs[t], (r) => r.heapMB),
          gzipBeforeKB: med(o.runs[t], (r) => r.gzipBeforeKB),
          skipped: o.skipped[t],
        },
      ]),
    ),
  ]),
);
writeFileSync(
  'bench/out/results.json',
  JSON.stringify({ machine, runs: RUNS, seconds, load, summary, outcomes }, null, 2),
);
writeFileSync('bench/out/results.md', md + '\n');
console.log(`\n${md}`);
