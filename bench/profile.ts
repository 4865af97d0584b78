/**
 * Where the time goes: a Chromium trace (CPU samples of every thread, the main thread's tasks,
 * the app's User Timing marks), summarized.
 *   npx tsx bench/profile.ts [100000|dense-10000|…] [ours|vis-timeline] [load|zoom]
 * `load` (the default) traces navigation to data-ready; `zoom` traces the bench's zoom gesture
 * (15 wheel steps in and 15 out about the densest week) once the data is shown.
 * BENCH_DIST picks the build (build one with `--minify false` for readable names).
 * Writes bench/out/profile-<scenario>-<tool>-<phase>.json (open it in Chromium's Performance panel).
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tooling/chromium';
import { startStaticServer } from '../tooling/staticServer';
import { screenX, wheelZoom } from './gestures';
import { scenarioFor, type Tool } from './scenarios';
import { summarizeTrace } from './traceSummary';

const name = process.argv[2] ?? '100000';
const tool = (process.argv[3] ?? 'ours') as Tool;
const phase = process.argv[4] === 'zoom' ? 'zoom' : 'load';
const dist = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`)) throw new Error(`no ${dist}/index.html: build first`);
const scenario = scenarioFor(name);
const { server, origin } = await startStaticServer({
  '/app/': dist,
  '/data/': 'bench/out/data',
  '/vis/': 'bench/vis',
  '/vis-lib/': 'node_modules/vis-timeline/standalone/umd',
});
const browser: Browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript({ path: 'bench/probe.js' });
const page: Page = await context.newPage();
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'v8',
];
const untilReady = () =>
  page.waitForFunction(
    () => (window as unknown as { __b: { ready: number | null } }).__b.ready !== null,
    null,
    { timeout: 120_000, polling: 50 },
  );

if (phase === 'load') await browser.startTracing(page, { categories: CATEGORIES });
await page.goto(scenario.url(origin, tool));
await untilReady();
const ready = await page.evaluate(
  () => (window as unknown as { __b: { ready: number } }).__b.ready,
);
if (phase === 'zoom') {
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  const box = (await page
    .locator(tool === 'vis-timeline' ? '.vis-center' : '.tl-plot')
    .first()
    .boundingBox())!;
  const x =
    scenario.focus === null
      ? box.x + box.width / 2
      : await screenX(page, tool, box, scenario.focus);
  await page.evaluate(() => performance.mark('dt:gesture'));
  await browser.startTracing(page, { categories: CATEGORIES });
  await wheelZoom(page, cdp, x, box.y + Math.min(box.height / 2, 200));
  await page.evaluate(() => performance.mark('dt:rendered'));
}
const buf = await browser.stopTracing();
await browser.close();
server.close();
mkdirSync('bench/out', { recursive: true });
const file = `bench/out/profile-${name}-${tool}-${phase}.json`;
writeFileSync(file, buf);
console.log(`data-ready ${ready.toFixed(0)} ms; trace in ${file}\n`);
console.log(summarizeTrace(JSON.parse(buf.toString('utf8'))));
