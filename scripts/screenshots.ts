/**
 * npm run screenshots: the built app in Chromium, into docs/screenshots/ (for the README,
 * and for looking at): the bundled data at desktop and phone width, light and dark, with an
 * event selected and its source open; a chapter with ranges and month/year spans; and a
 * second dataset whose lanes have colours of their own. Nothing here names an event id:
 * the shots pick what the data offers (the first event in view, a "Run-up" chapter or Fit).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../tooling/staticServer';
import { launchChromium } from '../tooling/chromium';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const { server, origin } = await startStaticServer({ '/app/': 'dist' });
const browser = await launchChromium();

/** Selects the first event in view and opens the first passage it cites. */
async function selectAndRead(page: Page) {
  await page.locator('.tl-plot [data-event-id]').first().click();
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('button', { name: 'Show in source' })
    .first()
    .click();
  await page.locator('.source-reader mark.active').first().waitFor();
}

/** The bundled data's run-up chapter if it has one (ranges and months), else everything. */
async function runUp(page: Page) {
  const chapter = page.locator('.tl-chapters button', { hasText: /run-up/i }).first();
  if (await chapter.count()) await chapter.click();
  else await page.getByRole('button', { name: 'Fit', exact: true }).click();
}

const SECOND = '?data=examples/data/geneva-sides/timeline.json';
const shots: {
  name: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  query?: string;
  act?: (page: Page) => Promise<void>;
  fullPage?: boolean;
  top?: boolean;
}[] = [];
for (const scheme of ['light', 'dark'] as const) {
  shots.push({
    name: `desktop-${scheme}`,
    width: 1280,
    height: 900,
    scheme,
    act: selectAndRead,
    fullPage: true,
  });
  shots.push({ name: `phone-${scheme}`, width: 360, height: 780, scheme, act: selectAndRead });
  shots.push({ name: `phone-${scheme}-timeline`, width: 360, height: 780, scheme, top: true });
  shots.push({
    name: `run-up-${scheme}`,
    width: 1280,
    height: 900,
    scheme,
    act: runUp,
    fullPage: true,
  });
  shots.push({
    name: `second-dataset-${scheme}`,
    width: 1280,
    height: 900,
    scheme,
    query: SECOND,
    fullPage: true,
  });
}

try {
  for (const s of shots) {
    const ctx = await browser.newContext({
      viewport: { width: s.width, height: s.height },
      colorScheme: s.scheme,
      deviceScaleFactor: 1,
    });
    const page = await ctx.newPage();
    await page.goto(`${origin}/app/${s.query ?? ''}`);
    await page.waitForSelector('[data-ready="true"]');
    await s.act?.(page);
    // The reader scrolls itself into view on a phone; some shots want the timeline above it.
    if (s.top) await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.fullPage ?? false });
    await ctx.close();
    console.log(`${out}/${s.name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
