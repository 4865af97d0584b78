import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Under the strict CSP: the picture is drawn without inline styles, eval or blob images.
const strict = (path: string) => `${inject('cspOrigin')}${path}`;

async function open(url: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"]');
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, errors, violations, close: () => context.close() };
}

/** Downloads the view as `format` from the "Download image" menu inside `scope`. */
async function download(page: Page, scope: string, format: 'svg' | 'png') {
  await page.locator(`${scope} .tl-image summary`).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator(`${scope} .tl-image li button`)
      .nth(format === 'svg' ? 0 : 1)
      .click(),
  ]);
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

/** What the screen shows as text: every label line on the plot, lane names, axis labels. */
const shown = (page: Page, scope: string) =>
  page.locator(`${scope} .timeline`).evaluate((tl) => ({
    lines: [...tl.querySelectorAll('.tl-plot .tl-line')].map((l) => l.textContent!.trim()),
    lanes: [...tl.querySelectorAll('.tl-lane-name')].map((l) => l.textContent!.trim()),
    ticks: [...tl.querySelectorAll('.tl-axis .tl-tick')]
      .map((t) => t.textContent!.trim())
      .filter(Boolean),
    width: tl.querySelector<HTMLElement>('.tl-plot')!.clientWidth,
    lang: tl.closest('[lang]')!.getAttribute('lang')!,
  }));

/**
 * The SVG parsed by the browser (on a blank page: the app's own page requires Trusted Types
 * for DOMParser): a parse error, its size, and the text of each <text>.
 */
const parse = async (svg: string) => {
  const page = await browser.newPage();
  const out = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent!.trim()),
    };
  }, svg);
  await page.close();
  return out;
};

const pngSize = (png: Buffer) => ({
  signature: png.subarray(1, 4).toString('latin1'),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

describe('"Download image": the view as SVG and PNG, drawn from the layout', () => {
  for (const [what, url, scope] of [
    ['the app in English', strict('/some/sub/path/?lang=en'), 'body'],
    ['the app in Arabic (time right to left)', strict('/some/sub/path/?lang=ar'), 'body'],
    ['the app in German', strict('/some/sub/path/?lang=de&window=1987-06-01/2022-03-01'), 'body'],
    [
      'a component in Hebrew',
      strict('/fixtures/hosts/component.html?el=c,/some/sub/path/data/timeline.json,he'),
      '#c',
    ],
  ] as const) {
    it(`${what}: the SVG parses and holds every label drawn; the PNG is twice the size`, async () => {
      const { page, errors, violations, close } = await open(url);
      const screen = await shown(page, scope);
      expect(screen.lines.length).toBeGreaterThan(5);
      const svg = await download(page, scope, 'svg');
      expect(svg.name).toMatch(/\.svg$/);
      const doc = await parse(svg.data.toString('utf8'));
      expect(doc.error).toBe(false);
      expect(doc.root).toBe('svg');
      expect(doc.width).toBe(screen.width + 32);
      for (const line of screen.lines) expect(doc.texts).toContain(line);
      for (const lane of screen.lanes)
        expect(doc.texts).toContain(lane.toLocaleUpperCase(screen.lang));
      for (const tick of screen.ticks) expect(doc.texts).toContain(tick);
      expect(doc.texts.some((t) => /:/.test(t) && t.length > 20)).toBe(true); // the credit line
      const png = await download(page, scope, 'png');
      expect(png.name).toMatch(/\.png$/);
      const size = pngSize(png.data);
      expect(size.signature).toBe('PNG');
      expect([size.width, size.height]).toEqual([doc.width * 2, doc.height * 2]);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
