import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser, type Page } from './browser';

/**
 * The overview strip's year and month labels are read whole: none runs past the strip's
 * ends, none overlaps the next, at whatever width the page has, in either direction of
 * time. Measured on the boxes the browser lays out, across many widths (a label lands near
 * an end at some of them), on data that is not the bundled data.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const WIDTHS = Array.from({ length: 24 }, (_, i) => 320 + i * 47);

async function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('.tl-overview svg')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll('.tl-overview-tick')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', left: r.left, right: r.right };
    });
    return {
      left: svg.left,
      right: svg.right,
      lines: document.querySelectorAll('.tl-overview-grid').length,
      labels,
    };
  });
}

async function checkAtEveryWidth(page: Page) {
  let seen = 0;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForFunction((w) => {
      const svg = document.querySelector('.tl-overview svg');
      return !!svg && Math.abs(svg.getBoundingClientRect().width - (w - 40)) < 80;
    }, width);
    await page.waitForTimeout(50);
    const { left, right, lines, labels } = await labelBoxes(page);
    expect(lines, `${width}px: grid lines`).toBeGreaterThan(0);
    for (const l of labels) {
      expect(l.left, `${width}px: "${l.text}" starts inside`).toBeGreaterThanOrEqual(left - 0.5);
      expect(l.right, `${width}px: "${l.text}" ends inside`).toBeLessThanOrEqual(right + 0.5);
    }
    const inOrder = [...labels].sort((a, b) => a.left - b.left);
    for (let i = 1; i < inOrder.length; i++)
      expect(
        inOrder[i]!.left,
        `${width}px: "${inOrder[i]!.text}" clear of its neighbour`,
      ).toBeGreaterThan(inOrder[i - 1]!.right);
    seen += labels.length;
  }
  return seen;
}

describe('overview strip labels', () => {
  it('stay whole inside the strip at every width (a fixture)', async () => {
    const data = fixtureUrl('marks/timeline.json');
    const { page, close } = await openPage(browser, appUrl(`?data=${encodeURIComponent(data)}`));
    expect(await checkAtEveryWidth(page)).toBeGreaterThan(WIDTHS.length);
    await close();
  }, 120_000);

  it('stay whole inside the strip with time right to left (ar, a fixture)', async () => {
    const data = fixtureUrl('marks/timeline.json');
    const { page, close } = await openPage(
      browser,
      appUrl(`?lang=ar&data=${encodeURIComponent(data)}`),
    );
    expect(await checkAtEveryWidth(page)).toBeGreaterThan(WIDTHS.length);
    await close();
  }, 120_000);
});
