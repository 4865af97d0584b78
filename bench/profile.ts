/**
 * Where a page load's time goes: a Chromium trace (CPU samples of every thread, the main
 * thread's tasks, the app's User Timing marks) from navigation to data-ready, summarized.
 *   npx tsx bench/profile.ts [100000|10000|dense-10000|…] [ours|vis-timeline]
 * Writes bench/out/profile-<size>.json (open it in Chromium's Performance panel).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { launchChromium } from '../tooling/chromium';
import { startStaticServer } from '../tooling/staticServer';
import { scenarioFor } from './scenarios';
import { summarizeTrace } from './traceSummary';

const name = process.argv[2] ?? '100000';
const tool = process.argv[3] ?? 'ours';
if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
const scenario = scenarioFor(name);
const { server, origin } = await startStaticServer({
  '/app/': process.env.BENCH_DIST ?? 'dist',
  '/data/': 'bench/out/data',
  '/vis/': 'bench/vis',
  '/vis-lib/': 'node_modules/vis-timeline/standalone/umd',
});
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript({ path: 'bench/probe.js' });
const page = await context.newPage();
await browser.startTracing(page, {
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
    'v8',
  ],
});
await page.goto(scenario.url(origin, tool === 'ours' ? 'ours' : 'vis-timeline'));
await page.waitForFunction(
  () => (window as unknown as { __b: { ready: number | null } }).__b.ready !== null,
  null,
  { timeout: 120_000, polling: 50 },
);
const ready = await page.evaluate(
  () => (window as unknown as { __b: { ready: number } }).__b.ready,
);
const buf = await browser.stopTracing();
await browser.close();
server.close();
mkdirSync('bench/out', { recursive: true });
const file = `bench/out/profile-${name}-${tool}.json`;
writeFileSync(file, buf);
console.log(`data-ready ${ready.toFixed(0)} ms; trace in ${file}\n`);
console.log(summarizeTrace(JSON.parse(buf.toString('utf8'))));
