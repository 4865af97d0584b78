import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launch, openPage, type Browser } from './browser';
import {
  drag,
  gesturesOn,
  overlappingLabels,
  renderedEventIds,
  settle,
  windowOf,
} from './timelineProbe';

interface RawEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  lane: string;
}
const data = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  events: RawEvent[];
  lanes: { id: string }[];
};
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first view at 1280 px', () => {
  it('shows the week of 8–13 January 2022 with every label in it readable, unclustered', async () => {
    const { page, errors, close } = await openPage(browser, appUrl());
    const [a, b] = await windowOf(page);
    expect(a).toBeLessThanOrEqual(Date.UTC(2022, 0, 8));
    expect(b).toBeGreaterThanOrEqual(Date.UTC(2022, 0, 14));
    expect(b - a).toBeLessThan(8 * DAY);
    const week = data.events
      .filter((e) => e.start >= '2022-01-08' && e.start < '2022-01-14')
      .map((e) => e.id);
    expect(week.length).toBeGreaterThan(0);
    const shown = await renderedEventIds(page);
    expect(shown).toEqual(expect.arrayContaining(week));
    expect(await page.locator('.tl-cluster').count()).toBe(0);
    // Readable: each label's text box is at least 60 px wide and on screen.
    const narrow = await page.$$eval(
      '.tl-label',
      (els) => els.filter((el) => el.getBoundingClientRect().width < 60).length,
    );
    expect(narrow).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches the INF history in one click, and back', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await page.getByRole('button', { name: 'INF Treaty 1987–2019' }).click();
    await settle(page);
    const shown = await renderedEventIds(page);
    expect(shown).toEqual(expect.arrayContaining(['inf-treaty-signed', 'inf-treaty-in-force']));
    expect(await page.locator('.tl-tick').first().textContent()).toMatch(/^\d{4}$/);
    await page.getByRole('button', { name: 'Week of talks' }).click();
    await settle(page);
    const week = data.events
      .filter((e) => e.start >= '2022-01-08' && e.start < '2022-01-14')
      .map((e) => e.id);
    expect(await renderedEventIds(page)).toEqual(expect.arrayContaining(week));
    expect(await renderedEventIds(page)).not.toContain('inf-treaty-signed');
    await close();
  });

  it('has a legend of how dates are drawn (the drawing itself is measured in marks.e2e.ts)', async () => {
    const { page, close } = await openPage(browser, appUrl());
    expect(await page.locator('.tl-legend li').allTextContents()).toEqual([
      'a day or a time',
      'a range',
      'a month or a year',
      'approximate',
    ]);
    await close();
  });
});

describe('labels never overlap', () => {
  for (const width of [360, 1280, 2560]) {
    it(`at ${width} px, across five zoom levels`, async () => {
      const { page, close } = await openPage(browser, appUrl(), { width, height: 900 });
      const plot = page.locator('.tl-plot');
      const levels: string[] = [];
      for (const step of ['first', '0', '+', '+', '+']) {
        if (step !== 'first') {
          await plot.locator('[data-event-id]').first().focus();
          await page.keyboard.press(step);
          await settle(page);
        }
        const [a, b] = await windowOf(page);
        levels.push(`${Math.round((b - a) / 3_600_000)}h`);
        expect(await overlappingLabels(page), `${width}px, window ${levels.at(-1)}`).toEqual([]);
        expect(await renderedEventIds(page).then((r) => r.length)).toBeGreaterThan(0);
      }
      expect(new Set(levels).size).toBe(5);
      await close();
    });
  }
});

describe('zoom and pan', () => {
  it('zooms with the wheel about the pointer, and pans by dragging', async () => {
    const { page, close } = await openPage(browser, appUrl());
    const box = (await page.locator('.tl-plot').boundingBox())!;
    const before = await windowOf(page);
    await gesturesOn(page);
    const px = box.x + box.width * 0.25;
    const tAtPointer = before[0] + (before[1] - before[0]) * 0.25;
    await page.mouse.move(px, box.y + 40);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(200);
    const zoomed = await windowOf(page);
    expect(zoomed[1] - zoomed[0]).toBeLessThan((before[1] - before[0]) * 0.8);
    const tAfter = zoomed[0] + (zoomed[1] - zoomed[0]) * 0.25;
    expect(Math.abs(tAfter - tAtPointer)).toBeLessThan((zoomed[1] - zoomed[0]) * 0.02);

    await drag(
      page,
      { x: box.x + box.width * 0.6, y: box.y + 10 },
      { x: box.x + box.width * 0.3, y: box.y + 10 },
      8,
    );
    await settle(page);
    const panned = await windowOf(page);
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    expect(Math.round((panned[1] - panned[0]) / 60_000)).toBe(
      Math.round((zoomed[1] - zoomed[0]) / 60_000),
    );
    await close();
  });

  for (const [name, query] of [
    ['left to right', ''],
    ['right to left (ar)', '?lang=ar'],
  ] as const) {
    it(`${name}: the wheel zooms about the pointer before the gestures' code has come, and the page does not scroll`, async () => {
      // d3-zoom is its own chunk; held back here until the wheel has been turned.
      const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/gestures-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(appUrl(query));
      await page.waitForSelector('[data-timeline][data-ready="true"]');
      // The overview strip above comes a frame later; the plot is where it stays after.
      await page.waitForSelector('.tl-overview svg');
      await page.waitForTimeout(100);
      const box = (await page.locator('.tl-plot').boundingBox())!;
      // The page is taller than the window, so a wheel the timeline did not take would scroll it.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(900);
      expect(box.y + 40).toBeLessThan(800);
      const before = await windowOf(page);
      const at = 0.3; // of the way along the plot, from where time starts
      const px = box.x + box.width * (query ? 1 - at : at);
      const tAtPointer = before[0] + (before[1] - before[0]) * at;
      await page.mouse.move(px, box.y + 40);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(200);
      expect(await page.locator('.tl-plot[data-gestures="on"]').count()).toBe(0);
      const zoomed = await windowOf(page);
      expect(zoomed[1] - zoomed[0]).toBeLessThan((before[1] - before[0]) * 0.8);
      const tAfter = zoomed[0] + (zoomed[1] - zoomed[0]) * at;
      expect(Math.abs(tAfter - tAtPointer)).toBeLessThan((zoomed[1] - zoomed[0]) * 0.02);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // Once d3-zoom comes, it takes over from the window the early wheel left.
      release();
      await gesturesOn(page);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(200);
      const out = await windowOf(page);
      expect(out[1] - out[0]).toBeGreaterThan((zoomed[1] - zoomed[0]) * 1.2);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await context.close();
    });
  }

  it('zooms in with a two-finger pinch on a touch screen, even starting on a mark, and selects by tapping', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.waitForSelector('[data-ready="true"]');
    // A pinch is d3-zoom's, which arrives a frame after the first paint (the wheel has a
    // stand-in until then; touch does not): on a busy machine it can come after data-ready.
    await gesturesOn(page);
    const box = (await page.locator('.tl-plot').boundingBox())!;
    const before = await windowOf(page);
    const cdp = await context.newCDPSession(page);
    const y = box.y + 60;
    const cx = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y, id: 1 },
                { x: cx + d, y, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 120; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    // The controls follow the canvas once the gesture has settled (100 ms after its last frame).
    await page.locator('.tl-plot:not(.is-moving)').waitFor();
    await settle(page);
    const after = await windowOf(page);
    expect(after[1] - after[0]).toBeLessThan((before[1] - before[0]) / 2);
    // A tap on a label selects its event.
    const label = page.locator('.tl-plot [data-event-id] .tl-label').first();
    const id = await label.evaluate((el) =>
      el.closest('[data-event-id]')!.getAttribute('data-event-id'),
    );
    const lb = (await label.boundingBox())!;
    await page.touchscreen.tap(lb.x + lb.width / 2, lb.y + lb.height / 2);
    await page.locator('.event-details').waitFor();
    expect(await page.locator('.tl-plot [aria-current="true"]').getAttribute('data-event-id')).toBe(
      id,
    );
    await context.close();
  });

  it('zooms and pans with keys, stops at its limits, and keeps the overview brush in step both ways', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await page.locator('.tl-plot [data-event-id]').first().focus();
    const w0 = await windowOf(page);
    await page.keyboard.press('Shift+ArrowRight');
    const w1 = await windowOf(page);
    expect(w1[0]).toBeGreaterThan(w0[0]);
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    const tight = await windowOf(page);
    expect(tight[1] - tight[0]).toBe(2 * 3_600_000);
    // Worded in hours, the window's first tick saying which day of which year they are on.
    const ticks = await page.locator('.tl-tick').allTextContents();
    expect(ticks[0]).toMatch(/^\d+ \w{3} 20\d\d, \d{2}:\d{2}$|^\w{3}, \d+ \w{3} 20\d\d$/);
    expect(ticks[1]).toMatch(/^\d{2}:\d{2}$|^\w{3} \d+ \w{3}$/);
    await page.keyboard.press('0');
    await settle(page);
    const all = await windowOf(page);
    expect(all[0]).toBeLessThan(Date.UTC(1987, 11, 8));
    const brushAll = await page.locator('.tl-brush .selection').boundingBox();
    await page.getByRole('button', { name: 'Week of talks' }).click();
    await settle(page);
    const brushWeek = await page.locator('.tl-brush .selection').boundingBox();
    expect(brushWeek!.width).toBeLessThan(brushAll!.width / 10);
    // Brushing in the overview moves the main view.
    const ov = (await page.locator('.tl-overview svg').boundingBox())!;
    await drag(
      page,
      { x: ov.x + ov.width * 0.05, y: ov.y + 10 },
      { x: ov.x + ov.width * 0.3, y: ov.y + 10 },
      5,
    );
    await settle(page);
    const brushed = await windowOf(page);
    expect(brushed[0]).toBeLessThan(Date.UTC(1992, 0, 1));
    expect(brushed[1] - brushed[0]).toBeGreaterThan(5 * 365 * DAY);
    await close();
  });
});
