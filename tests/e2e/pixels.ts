import { PNG } from 'pngjs';
import type { Browser, Locator, Page } from 'playwright-core';

/** An RGBA image, as decoded from a screenshot. */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}
export type RGB = readonly [number, number, number];

export const decode = (png: Buffer): Image => PNG.sync.read(png);

export const pixel = (img: Image, x: number, y: number): RGB => {
  const i = (y * img.width + x) * 4;
  return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
};

/** Euclidean distance in RGB: small for "the same colour", allowing for antialiasing. */
export const distance = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** "rgb(0, 114, 178)" or "#0072b2" as [r, g, b]. */
export function rgb(css: string): RGB {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as unknown as RGB;
  const fn = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`not a colour I can read: ${css}`);
}

/**
 * The runs of consecutive columns of a horizontal band of the image where some pixel is
 * `colour` (within `tolerance`), left to right.
 */
export function colouredRuns(
  img: Image,
  top: number,
  bottom: number,
  colour: RGB,
  tolerance = 40,
): { left: number; right: number }[] {
  const out: { left: number; right: number }[] = [];
  for (let x = 0; x < img.width; x++) {
    let hit = false;
    for (let y = Math.max(0, top); y < Math.min(img.height, bottom) && !hit; y++)
      hit = distance(pixel(img, x, y), colour) <= tolerance;
    const last = out.at(-1);
    if (hit && last?.right === x) last.right = x + 1;
    else if (hit) out.push({ left: x, right: x + 1 });
  }
  return out;
}

/**
 * The columns of a horizontal band of the image where some pixel is `colour` (within
 * `tolerance`): the leftmost and rightmost such column, and how many there are.
 */
export function colouredRun(
  img: Image,
  top: number,
  bottom: number,
  colour: RGB,
  tolerance = 40,
): { left: number; right: number; columns: number } | null {
  const runs = colouredRuns(img, top, bottom, colour, tolerance);
  if (runs.length === 0) return null;
  const columns = runs.reduce((n, r) => n + r.right - r.left, 0);
  return { left: runs[0]!.left, right: runs.at(-1)!.right, columns };
}

/** The plot's window in ms, from its data attributes (minutes, as the URL keeps them). */
export async function plotWindow(plot: Locator): Promise<[number, number]> {
  const [a, b] = await plot.evaluate((el) => [
    el.getAttribute('data-start')!,
    el.getAttribute('data-end')!,
  ]);
  const ms = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
  return [ms(a!), ms(b!)];
}

/** Two animation frames: a commit and its paint. */
export const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * A page of the timeline as its pixels are measured: light, one device pixel per CSS pixel,
 * its events drawn and what comes a frame or more later (the overview strip, the header's
 * menus) there too, so boxes measured now are the boxes in a screenshot.
 */
export async function openForPixels(browser: Browser, url: string, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page
    .locator('[data-timeline][data-ready="true"] .tl-plot [data-event-id]')
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  await frames(page);
  return { page, close: () => context.close() };
}
