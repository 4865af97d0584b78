/**
 * npm run bench: the production build and vis-timeline on the same synthetic data, in
 * Debian's Chromium, interleaved run by run. Writes bench/out/results.{json,md}.
 *   BENCH_RUNS=5 BENCH_SIZES=1000,10000,100000 npm run bench
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../tooling/staticServer';
import { launchChromium } from '../tooling/chromium';
import { writeDataset } from './generate';
import { median, quantile, range } from './stats';

type Tool = 'ours' | 'vis-timeline';
interface Run {
  ready: number | null;
  frames: { p50: number; p95: number; max: number; count: number };
  longTasks: number;
  longestTask: number;
  heapMB: number;
  domNodes: number;
  gzipKB: number;
  error?: string;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// 'bundled' is the app's own dataset (the January 2022 talks, 50 events) as it ships.
const SIZES = (process.env.BENCH_SIZES ?? 'bundled,1000,10000,100000')
  .split(',')
  .map((s) => (s === 'bundled' ? s : Number(s)));
type Size = number | 'bundled';
const READY_TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 60_000);
const TOOLS = (process.env.BENCH_TOOLS ?? 'ours,vis-timeline').split(',') as Tool[];

if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
for (const n of SIZES) if (n !== 'bundled') writeDataset(n);

const { server, origin } = await startStaticServer({
  '/app/': 'dist',
  '/data/': 'bench/out/data',
  '/vis/': 'bench/vis',
  '/vis-lib/': 'node_modules/vis-timeline/standalone/umd',
});
const browser: Browser = await launchChromium({ args: ['--enable-precise-memory-info'] });

async function measure(tool: Tool, n: Size): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ path: 'bench/probe.js' });
  const page: Page = await context.newPage();
  let bytes = 0;
  page.on('response', async (res) => {
    const type = res.request().resourceType();
    if (type === 'script' || type === 'stylesheet') {
      try {
        bytes += gzipSync(await res.body(), { level: 9 }).length;
      } catch {
        /* gone */
      }
    }
  });
  const data = n === 'bundled' ? '../app/data/timeline.json' : `../data/${n}/timeline.json`;
  const url =
    tool === 'ours'
      ? `${origin}/app/index.html${n === 'bundled' ? '' : `?data=${data}`}`
      : `${origin}/vis/index.html?data=${data}`;
  try {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __b: { ready: number | null } }).__b.ready !== null,
      null,
      { timeout: READY_TIMEOUT, polling: 50 },
    );
    const ready = await page.evaluate(
      () => (window as unknown as { __b: { ready: number } }).__b.ready,
    );
    await page.waitForTimeout(300);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // A string, so the bundler's helpers never reach the page.
    const domNodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    const target = tool === 'ours' ? '.tl-plot' : '.vis-center';
    const box = (await page.locator(target).first().boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 200);
    await page.mouse.move(cx, cy);
    const t0 = await page.evaluate(() => {
      const w = window as unknown as { __b: { rec: boolean } };
      w.__b.rec = true;
      return performance.now();
    });
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, i < 15 ? -120 : 120);
      await page.waitForTimeout(16);
    }
    await page.mouse.move(cx + 200, cy);
    await page.mouse.down();
    const steps = 60;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(cx + 200 - (400 * i) / steps, cy);
      await page.waitForTimeout(2000 / steps);
    }
    await page.mouse.up();
    await page.waitForTimeout(100);
    const b = await page.evaluate(() => {
      const w = window as unknown as {
        __b: { rec: boolean; deltas: number[]; long: { start: number; dur: number }[] };
      };
      w.__b.rec = false;
      return w.__b;
    });
    const during = b.long.filter((l) => l.start >= t0);
    return {
      ready,
      frames: {
        p50: quantile(b.deltas, 0.5),
        p95: quantile(b.deltas, 0.95),
        max: Math.max(...b.deltas),
        count: b.deltas.length,
      },
      longTasks: during.length,
      longestTask: during.reduce((m, l) => Math.max(m, l.dur), 0),
      heapMB: usedSize / 1024 / 1024,
      domNodes,
      gzipKB: bytes / 1024,
    };
  } catch (e) {
    return {
      ready: null,
      frames: { p50: NaN, p95: NaN, max: NaN, count: 0 },
      longTasks: 0,
      longestTask: 0,
      heapMB: NaN,
      domNodes: 0,
      gzipKB: bytes / 1024,
      error: String(e).split('\n')[0],
    };
  } finally {
    await context.close();
  }
}

const results: Record<string, Record<Tool, Run[]>> = {};
const started = Date.now();
for (const n of SIZES) {
  results[n] = { ours: [], 'vis-timeline': [] };
  for (let r = 0; r < RUNS; r++) {
    for (const tool of TOOLS) {
      // A tool that could not render at this size once is not made to time out five times.
      if (results[n][tool].some((x) => x.error)) continue;
      const run = await measure(tool, n);
      results[n][tool].push(run);
      console.log(
        `${n} ${tool} run ${r + 1}: ${run.error ?? `ready ${Math.round(run.ready!)} ms, frame p95 ${run.frames.p95.toFixed(1)} ms, heap ${run.heapMB.toFixed(0)} MB`}`,
      );
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

const fmt = (xs: number[], digits = 0) => {
  const ok = xs.filter(Number.isFinite);
  if (ok.length === 0) return '—';
  const [lo, hi] = range(ok);
  return `${median(ok).toFixed(digits)} (${lo.toFixed(digits)}–${hi.toFixed(digits)})`;
};
const rows: string[] = [];
const summary: Record<string, unknown> = {};
for (const n of SIZES) {
  for (const tool of ['ours', 'vis-timeline'] as Tool[]) {
    const runs = results[n]![tool];
    const err = runs.find((r) => r.error)?.error;
    const ok = runs.filter((r) => !r.error);
    summary[`${n}/${tool}`] = {
      runs: ok.length,
      error: err,
      readyMs: median(ok.map((r) => r.ready!)),
      p95: median(ok.map((r) => r.frames.p95)),
      heapMB: median(ok.map((r) => r.heapMB)),
    };
    rows.push(
      `| ${n === 'bundled' ? 'bundled (50)' : n.toLocaleString('en')} | ${tool} | ${ok.length ? fmt(ok.map((r) => r.ready!)) : `did not render in ${READY_TIMEOUT / 1000} s`} | ${fmt(
        ok.map((r) => r.frames.p50),
        1,
      )} | ${fmt(
        ok.map((r) => r.frames.p95),
        1,
      )} | ${fmt(
        ok.map((r) => r.frames.max),
        0,
      )} | ${fmt(ok.map((r) => r.longTasks))} | ${fmt(ok.map((r) => r.heapMB))} | ${fmt(ok.map((r) => r.domNodes))} | ${fmt(
        ok.map((r) => r.gzipKB),
        1,
      )} |`,
    );
  }
  const ours = results[n]!.ours.filter((r) => !r.error);
  const vis = results[n]!['vis-timeline'].filter((r) => !r.error);
  if (ours.length && vis.length) {
    rows.push(
      `| | ratio ours / vis | ${(median(ours.map((r) => r.ready!)) / median(vis.map((r) => r.ready!))).toFixed(2)} | ${(median(ours.map((r) => r.frames.p50)) / median(vis.map((r) => r.frames.p50))).toFixed(2)} | ${(median(ours.map((r) => r.frames.p95)) / median(vis.map((r) => r.frames.p95))).toFixed(2)} | | | ${(median(ours.map((r) => r.heapMB)) / median(vis.map((r) => r.heapMB))).toFixed(2)} | | |`,
    );
  }
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`;
const md = [
  `Measured by \`npm run bench\` (${RUNS} runs per tool and size, interleaved; median and min–max) on ${machine}, ${new Date().toISOString().slice(0, 10)}, in ${Math.round((Date.now() - started) / 1000)} s.`,
  '',
  '| events | tool | data-ready ms | frame p50 ms | frame p95 ms | frame max ms | long tasks (zoom+pan) | JS heap MB | DOM nodes | JS+CSS gzip KB |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
mkdirSync('bench/out', { recursive: true });
writeFileSync(
  'bench/out/results.json',
  JSON.stringify({ machine, runs: RUNS, sizes: SIZES, summary, results }, null, 2),
);
writeFileSync('bench/out/results.md', md + '\n');
console.log(`\n${md}`);
