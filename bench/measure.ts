/**
 * One run of one tool on one scenario, in a fresh browser context: load to data-ready, then
 * the gestures, then the numbers.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { dragPan, screenX, wheelZoom } from './gestures';
import type { Scenario, Tool } from './scenarios';
import { quantile } from './stats';

export interface Frames {
  p50: number;
  p95: number;
  max: number;
  count: number;
}
export interface Tasks {
  count: number;
  longest: number;
}
export interface Run {
  ready: number | null;
  /** Long tasks (> 50 ms) from navigation to data-ready. */
  load: Tasks;
  zoom: Frames;
  /** Zoom and pan together. */
  frames: Frames;
  zoomTasks: Tasks;
  gestureTasks: Tasks;
  heapMB: number;
  domNodes: number;
  /** gzip KB of the JS and CSS requested before data-ready, and after it (lazy chunks). */
  gzipBeforeKB: number;
  gzipAfterKB: number;
  /** Each JS/CSS file requested: path, gzip bytes, and whether it was before data-ready. */
  files: { path: string; gzip: number; before: boolean }[];
  error?: string;
}

/** How a run that never reached data-ready is recorded. */
export const NOT_READY = 'did not render';

interface B {
  ready: number | null;
  readyEpoch: number | null;
  rec: boolean;
  frames: { t: number; d: number }[];
  long: { start: number; dur: number }[];
}

const framesOf = (deltas: number[]): Frames => ({
  p50: quantile(deltas, 0.5),
  p95: quantile(deltas, 0.95),
  max: deltas.length ? Math.max(...deltas) : NaN,
  count: deltas.length,
});
const tasksOf = (long: { dur: number }[]): Tasks => ({
  count: long.length,
  longest: long.reduce((m, l) => Math.max(m, l.dur), 0),
});

/** Whether the page says it is ready within `ms` (timed here: a stuck page cannot time itself). */
async function readyWithin(page: Page, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ready = await Promise.race([
      page.evaluate(() => (window as unknown as { __b?: B }).__b?.ready != null).catch(() => false),
      new Promise<false>((r) => setTimeout(() => r(false), Math.max(0, until - Date.now()))),
    ]);
    if (ready) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** JS and CSS the page (and its workers) requested, with when each request started. */
function recordScripts(page: Page) {
  const files: { path: string; gzip: number; started: number }[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (req: Request) => {
    const path = new URL(req.url()).pathname;
    if (!/\.(m?js|css)$/.test(path)) return;
    pending.push(
      (async () => {
        try {
          const body = await (await req.response())?.body();
          if (!body) return;
          files.push({
            path,
            gzip: gzipSync(body, { level: 9 }).length,
            started: req.timing().startTime,
          });
        } catch {
          /* the page went away */
        }
      })(),
    );
  };
  page.context().on('requestfinished', onFinished);
  return async () => {
    await Promise.all(pending);
    page.context().off('requestfinished', onFinished);
    return files;
  };
}

export async function measure(
  browser: Browser,
  origin: string,
  scenario: Scenario,
  tool: Tool,
  timeout: number,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ path: 'bench/probe.js' });
  const page = await context.newPage();
  const scripts = recordScripts(page);
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(scenario.url(origin, tool));
    if (!(await readyWithin(page, timeout))) {
      throw new Error(`${NOT_READY} in ${timeout / 1000} s`);
    }
    const { ready, readyEpoch } = await page.evaluate(() => {
      const b = (window as unknown as { __b: B }).__b;
      return { ready: b.ready!, readyEpoch: b.readyEpoch! };
    });
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // A string, so the bundler's helpers never reach the page.
    const domNodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    const box = (await page
      .locator(tool === 'vis-timeline' ? '.vis-center' : '.tl-plot')
      .first()
      .boundingBox())!;
    const y = box.y + Math.min(box.height / 2, 200);
    const x =
      scenario.focus === null
        ? box.x + box.width / 2
        : await screenX(page, tool, box, scenario.focus);
    await page.evaluate(() => {
      (window as unknown as { __b: B }).__b.rec = true;
    });
    const zoomAt = await wheelZoom(page, cdp, x, y);
    const panAt = await dragPan(page, cdp, box.x + box.width / 2, y);
    await page.waitForTimeout(100);
    const b = await page.evaluate(() => {
      const b = (window as unknown as { __b: B }).__b;
      b.rec = false;
      return b;
    });
    const files = await scripts();
    const before = files.map((f) => ({
      path: f.path,
      gzip: f.gzip,
      before: f.started < readyEpoch,
    }));
    const inZoom = (t: number) => t >= zoomAt && t < panAt;
    return {
      ready,
      load: tasksOf(b.long.filter((l) => l.start < ready)),
      zoom: framesOf(b.frames.filter((f) => inZoom(f.t)).map((f) => f.d)),
      frames: framesOf(b.frames.map((f) => f.d)),
      zoomTasks: tasksOf(b.long.filter((l) => inZoom(l.start))),
      gestureTasks: tasksOf(b.long.filter((l) => l.start >= zoomAt)),
      heapMB: usedSize / 1024 / 1024,
      domNodes,
      gzipBeforeKB: before.filter((f) => f.before).reduce((s, f) => s + f.gzip, 0) / 1024,
      gzipAfterKB: before.filter((f) => !f.before).reduce((s, f) => s + f.gzip, 0) / 1024,
      files: before,
    };
  } catch (e) {
    return {
      ready: null,
      load: { count: 0, longest: 0 },
      zoom: framesOf([]),
      frames: framesOf([]),
      zoomTasks: { count: 0, longest: 0 },
      gestureTasks: { count: 0, longest: 0 },
      heapMB: NaN,
      domNodes: 0,
      gzipBeforeKB: NaN,
      gzipAfterKB: NaN,
      files: [],
      error: String(e)
        .split('\n')[0]!
        .replace(/^Error: /, ''),
    };
  } finally {
    await context.close();
  }
}
