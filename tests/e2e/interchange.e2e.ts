import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../tooling/staticServer';
import { STRICT_CSP } from './globalSetup';
import { collectErrors, launch, type Browser, type Page } from './browser';
import { renderedEventIds, settle } from './timelineProbe';

// Datasets made by the real CLI from files that are not ours (TimelineJS JSON and sheet),
// served from the same origin as the built app, as `npm run serve` or a host would.
const work = mkdtempSync(join(tmpdir(), 'dt-e2e-import-'));
cpSync('tests/fixtures/timelinejs', join(work, 'in'), { recursive: true });
cpSync('tests/fixtures/varied', join(work, 'varied'), { recursive: true });
spawnSync(
  'npm',
  [
    '--prefix',
    process.cwd(),
    'run',
    '--silent',
    'export',
    '--',
    '-f',
    'timelinejs',
    '-o',
    'varied-tl.json',
    'varied',
  ],
  { cwd: work },
);
writeFileSync(
  join(work, 'tljs.html'),
  `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/tljs/css/timeline.css">
<div id="tl" style="width:1000px;height:600px"></div><script src="/tljs/js/timeline.js"></script>
<script>fetch('varied-tl.json').then((r) => r.json()).then((d) => {
  const tl = new TL.Timeline('tl', d, { script_path: new URL('/tljs/js/', location.href).href });
  tl.on('loaded', () => document.body.dataset.loaded = 'true');
});</script>`,
);
for (const [file, out] of [
  ['in/treaties.json', 'treaties'],
  ['in/sheet.csv', 'sheet'],
]) {
  const r = spawnSync(
    'npm',
    ['--prefix', process.cwd(), 'run', '--silent', 'import', '--', file!, '--out', out!],
    {
      cwd: work,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`import ${file} failed:\n${r.stdout}${r.stderr}`);
}
const dataset = (name: string) =>
  JSON.parse(readFileSync(join(work, name, 'timeline.json'), 'utf8')) as {
    title: string;
    events: { id: string; title: string; start: string }[];
  };

let browser: Browser;
let plain: { server: Server; origin: string };
let strict: { server: Server; origin: string };
beforeAll(async () => {
  browser = await launch();
  const mounts = {
    '/app/': 'dist',
    '/d/': work,
    '/tljs/': 'node_modules/@knight-lab/timelinejs/dist',
  };
  plain = await startStaticServer(mounts);
  strict = await startStaticServer(mounts, { 'content-security-policy': STRICT_CSP });
});
afterAll(async () => {
  await browser?.close();
  for (const s of [plain, strict]) s?.server.close();
});

async function open(url: string, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 20_000 });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, errors, requests, violations, close: () => context.close() };
}

const centreX = (page: Page, id: string) =>
  page.locator(`.tl-plot [data-event-id="${id}"]`).evaluate((el) => {
    // Where the mark is drawn (its label may be on either side of it).
    const plot = el.closest('.tl-plot')!.getBoundingClientRect();
    return plot.left + Number((el as HTMLElement).dataset.markX);
  });

describe('imported TimelineJS data in the built app', () => {
  for (const name of ['treaties', 'sheet']) {
    it(`${name}: every event drawn on the timeline, in date order, BCE first, none dropped`, async () => {
      const data = dataset(name);
      const { page, errors, close } = await open(
        `${plain.origin}/app/?data=/d/${name}/timeline.json`,
      );
      expect(await page.locator('h1').textContent()).toBe(data.title);
      expect(await page.title()).toBe(data.title);
      expect(new Set(await renderedEventIds(page))).toEqual(new Set(data.events.map((e) => e.id)));
      // Drawn where their dates are: x grows with the (astronomical) start.
      const sorted = [...data.events].sort((a, b) => {
        const y = (s: string) => Number(/^-?\d+/.exec(s)![0]);
        return y(a.start) - y(b.start) || a.start.localeCompare(b.start);
      });
      const xs = [];
      for (const e of sorted) xs.push(await centreX(page, e.id));
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(await page.locator('.problems').textContent()).toContain(
        `${data.events.length} events are not yet cited`,
      );
      expect(errors).toEqual([]);
      await close();
    });

    it(`${name}: every event listed, marked "Not yet cited", BCE dates in words`, async () => {
      const data = dataset(name);
      const { page, close } = await open(
        `${plain.origin}/app/?mode=list&data=/d/${name}/timeline.json`,
      );
      const cards = page.locator('.event-list [data-event-id]');
      expect(await cards.count()).toBe(data.events.length);
      expect(await page.locator('.event-list .badge.uncited').count()).toBe(data.events.length);
      const bce = data.events.find((e) => e.start.startsWith('-'))!;
      const card = page.locator(`.event-list [data-event-id="${bce.id}"]`);
      expect(await card.locator('time').textContent()).toMatch(/\d+ BCE$/);
      await close();
    });
  }

  it('names an uncited BCE event accessibly: title, date in words, "not yet cited"', async () => {
    const { page, close } = await open(`${plain.origin}/app/?data=/d/treaties/timeline.json`);
    await expect
      .poll(() =>
        page.locator('.tl-plot [data-event-id="ides-of-march"]').getAttribute('aria-label'),
      )
      .toBe('The Ides of March, 15 March 44 BCE, not yet cited');
    await page.locator('.tl-plot [data-event-id="ides-of-march"]').click();
    expect(await page.locator('.event-details .uncited-note').textContent()).toContain(
      'Not yet cited',
    );
    await close();
  });

  it('has no axe violations with uncited events, the problems panel and the Download menu open, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const query of ['event=ides-of-march', 'mode=list']) {
        const context = await browser.newContext({
          colorScheme: scheme,
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${plain.origin}/app/?data=/d/treaties/timeline.json&${query}`);
        await page.waitForSelector('[data-timeline][data-ready="true"]');
        await page.locator('.download summary').click();
        const r = await new AxeBuilder({ page: page as never }).include('.dt-root').analyze();
        expect(
          r.violations.map((v) => `${scheme} ${query}: ${v.id} ${v.nodes[0]?.target}`),
        ).toEqual([]);
        await context.close();
      }
    }
  });

  it('says CORS may be why data on another host did not load, and the header it needs', async () => {
    // The strict origin sends no Access-Control-Allow-Origin: the browser refuses the read.
    const other = `${strict.origin}/d/treaties/timeline.json`;
    const { page, close } = await open(`${plain.origin}/app/?data=${encodeURIComponent(other)}`);
    expect(await page.locator('.problems').textContent()).toContain(
      'must send "Access-Control-Allow-Origin: *"',
    );
    await close();
  });
});

describe('our TimelineJS export in TimelineJS 3 itself', () => {
  it('loads every event, BCE dates shown as TimelineJS shows them', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(String(e)));
    await page.goto(`${plain.origin}/d/tljs.html`);
    await page.waitForSelector('body[data-loaded="true"]');
    const events = JSON.parse(readFileSync('tests/fixtures/varied/timeline.json', 'utf8')).events;
    const headlines = await page.$$eval('.tl-timemarker .tl-headline', (els) =>
      els.map((e) => e.textContent),
    );
    expect(headlines.sort()).toEqual(events.map((e: { title: string }) => e.title).sort());
    const dates = await page.$$eval('.tl-slide .tl-headline-date', (els) =>
      els.map((e) => e.textContent),
    );
    expect(dates).toContain('March 15, 44 BCE');
    expect(failures).toEqual([]);
    await page.close();
  });
});

describe('search shows what it finds', () => {
  it('moves the window to results that are all outside it', async () => {
    const { page, close } = await open(
      `${plain.origin}/app/?data=/d/treaties/timeline.json&window=1900-01-01/1930-01-01`,
    );
    expect(await renderedEventIds(page)).toEqual(['armistice']);
    await page.getByRole('searchbox').fill('Kadesh');
    await settle(page);
    await expect.poll(() => renderedEventIds(page)).toEqual(['treaty-of-kadesh']);
    await close();
  });

  it('offers "Show all N results" when some are off screen, and shows them all', async () => {
    const { page, close } = await open(
      `${plain.origin}/app/?data=/d/treaties/timeline.json&window=1600-01-01/1700-01-01`,
    );
    // "of" is in every title; of them only the Peace of Westphalia (1648) is in this window.
    await page.getByRole('searchbox').fill(' of ');
    await settle(page);
    expect(await renderedEventIds(page)).toEqual(['peace-of-westphalia']);
    const matched = (await page.locator('.filter-status').textContent())!;
    const n = Number(/^(\d+) of/.exec(matched)![1]);
    expect(n).toBe(6);
    expect(matched).toContain('5 outside the view');
    await page.getByRole('button', { name: `Show all ${n} results` }).click();
    await settle(page);
    await expect.poll(async () => (await renderedEventIds(page)).length).toBe(n);
    await expect.poll(() => page.getByRole('button', { name: /Show all/ }).count()).toBe(0);
    await close();
  });
});

describe('the Download menu', () => {
  it('loads the exporters only when asked, exports the filtered events, under the strict CSP', async () => {
    const { page, requests, errors, violations, close } = await open(
      `${strict.origin}/app/?data=/d/varied/timeline.json&mode=list`,
    );
    const exporterChunk = () => requests.filter((u) => /exportFormats-[\w-]+\.js$/.test(u));
    expect(exporterChunk()).toEqual([]);
    await page.getByRole('searchbox').fill('treaties');
    await settle(page);
    const shown = await page.$$eval('.event-list [data-event-id]', (els) =>
      els.map((e) => e.getAttribute('data-event-id')),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(8);

    await page.locator('.download summary').click();
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^CSV/ }).click(),
    ]);
    expect(exporterChunk()).toHaveLength(1);
    expect(csvDownload.suggestedFilename()).toBe('fixture-a-varied-dataset-filtered.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const ids = new Set(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    expect(ids).toEqual(new Set(shown));

    await page.locator('.download summary').click();
    const [icsDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^iCalendar/ }).click(),
    ]);
    const cal = new ICAL.Component(ICAL.parse(readFileSync((await icsDownload.path())!, 'utf8')));
    const bce = shown.filter((id) => id === 'ides').length; // iCalendar cannot write it
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(shown.length - bce);
    expect(await page.locator('.download-status').textContent()).toContain('Downloaded');
    expect(exporterChunk()).toHaveLength(1); // fetched once
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
