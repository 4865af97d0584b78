import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appUrl, launch, openPage, type Browser, type Page } from './browser';
import { bundled } from './bundled';
import { drag, gesturesOn, overlappingLabels, settle, windowOf } from './timelineProbe';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const startOf = new Map(bundled.events.map((e) => [e.id, e.start]));
const time = (id: string) => {
  const s = startOf.get(id)!;
  return Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
};

/** Each event drawn on the plot: where its mark is (px from the left) and when it starts. */
const marks = (page: Page, scope = 'body') =>
  page.locator(`${scope} .tl-plot`).evaluate((plot) =>
    [...plot.querySelectorAll<HTMLElement>('[data-event-id]')].map((b) => ({
      id: b.dataset.eventId!,
      x: Number(b.dataset.markX),
    })),
  );

/** The currently focused event's id (in the page or a component's shadow root). */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el as HTMLElement | null)?.dataset?.eventId ?? null;
  });

describe('Arabic and Hebrew: the interface mirrors, time runs right to left', () => {
  it('ar: dir is rtl, the earliest event in view is right of the latest', async () => {
    const { page, errors, close } = await openPage(browser, appUrl('?lang=ar'));
    expect(await page.locator('.dt-root').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const drawn = (await marks(page)).filter((m) => startOf.get(m.id)!.length >= 10);
    expect(drawn.length).toBeGreaterThan(5);
    const byTime = [...drawn].sort((a, b) => time(a.id) - time(b.id));
    const earliest = byTime[0]!;
    const latest = byTime.at(-1)!;
    expect(time(earliest.id)).toBeLessThan(time(latest.id));
    expect(earliest.x).toBeGreaterThan(latest.x);
    // In time order, the marks go right to left.
    for (let i = 1; i < byTime.length; i++)
      if (time(byTime[i]!.id) > time(byTime[i - 1]!.id))
        expect(byTime[i]!.x, byTime[i]!.id).toBeLessThanOrEqual(byTime[i - 1]!.x);
    expect(errors).toEqual([]);
    await close();
  });

  it('ar: ← and → move the way they point', async () => {
    const { page, close } = await openPage(browser, appUrl('?lang=ar'));
    const plot = page.locator('.tl-plot');
    const first = (await marks(page)).sort((a, b) => b.x - a.x)[0]!; // the rightmost
    await plot.locator(`[data-event-id="${first.id}"]`).focus();
    const xOf = async (id: string) => (await marks(page)).find((m) => m.id === id)!.x;
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    await expect.poll(() => focusedId(page)).not.toBe(first.id);
    const left = (await focusedId(page))!;
    expect(await xOf(left)).toBeLessThanOrEqual(await xOf(first.id));
    expect(time(left)).toBeGreaterThanOrEqual(time(first.id));
    await page.keyboard.press('ArrowRight');
    await settle(page);
    await expect.poll(() => focusedId(page)).toBe(first.id);
    // Shift+→ shows what lies to the right: earlier times.
    const before = await windowOf(page);
    await page.keyboard.press('Shift+ArrowRight');
    await settle(page);
    expect((await windowOf(page))[0]).toBeLessThan(before[0]);
    await close();
  });

  it('ar: the wheel zooms about the pointer and a drag moves what is under it', async () => {
    const { page, close } = await openPage(browser, appUrl('?lang=ar'));
    const box = (await page.locator('.tl-plot').boundingBox())!;
    const before = await windowOf(page);
    // A quarter from the left is three quarters of the way through the window.
    const at = (w: [number, number], f: number) => w[1] - (w[1] - w[0]) * f;
    await gesturesOn(page);
    await page.mouse.move(box.x + box.width * 0.25, box.y + 40);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(200);
    const zoomed = await windowOf(page);
    expect(zoomed[1] - zoomed[0]).toBeLessThan((before[1] - before[0]) * 0.8);
    expect(Math.abs(at(zoomed, 0.25) - at(before, 0.25))).toBeLessThan(
      (zoomed[1] - zoomed[0]) * 0.02,
    );
    // Dragging to the right brings in what lay to the left: later times.
    await drag(
      page,
      { x: box.x + box.width * 0.3, y: box.y + 10 },
      { x: box.x + box.width * 0.6, y: box.y + 10 },
      8,
    );
    await settle(page);
    const panned = await windowOf(page);
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    await close();
  });

  it('ar: the overview runs right to left too, its brush on the right for the earliest years', async () => {
    const { page, close } = await openPage(
      browser,
      appUrl('?lang=ar&window=1987-01-01/1990-01-01'),
    );
    // The strip and its brush arrive a frame after the plot (their own chunks).
    const selection = page.locator('.tl-overview .selection');
    await selection.waitFor();
    const frame = (await page.locator('.tl-overview').boundingBox())!;
    const brush = (await selection.boundingBox())!;
    expect(brush.x + brush.width / 2).toBeGreaterThan(frame.x + frame.width * 0.75);
    await close();
  });

  for (const width of [360, 1280]) {
    it(`ar at ${width} px: labels never overlap, across zoom levels`, async () => {
      const { page, close } = await openPage(browser, appUrl('?lang=ar'), { width });
      const plot = page.locator('.tl-plot');
      for (const step of ['first', '0', '+', '+']) {
        if (step !== 'first') {
          await plot.locator('[data-event-id]').first().focus();
          await page.keyboard.press(step);
          await settle(page);
        }
        expect(await overlappingLabels(page), `${width}px, ${step}`).toEqual([]);
      }
      await close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const)
    for (const lang of ['ar', 'he', 'en'])
      it(`${lang}, ${colorScheme}: axe finds no violations, an event and its source open`, async () => {
        const { page, close } = await openPage(
          browser,
          appUrl(`?lang=${lang}&event=ukrainian-soldiers-killed`),
          { colorScheme },
        );
        await page.locator('.event-details .citation button').first().click();
        await page.locator('.source-reader').waitFor();
        const r = await new AxeBuilder({ page: page as never }).include('.dt-root').analyze();
        expect(
          r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        ).toEqual([]);
        await close();
      });

  it('time-direction="ltr" (and ?time-direction=ltr) keeps time left to right in Arabic', async () => {
    const { page, close } = await openPage(browser, appUrl('?lang=ar&time-direction=ltr'));
    expect(await page.locator('.dt-root').getAttribute('dir')).toBe('rtl');
    const drawn = (await marks(page)).sort((a, b) => time(a.id) - time(b.id));
    expect(drawn[0]!.x).toBeLessThan(drawn.at(-1)!.x);
    await close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p2 = await context.newPage();
    await p2.goto(
      `${inject('origin')}/fixtures/hosts/component.html?el=a,/some/sub/path/data/timeline.json,he;b,/some/sub/path/data/timeline.json,he,ltr`,
    );
    await p2.waitForSelector('#a[data-ready="true"]');
    await p2.waitForSelector('#b[data-ready="true"]');
    const order = async (id: string) => {
      const m = (await marks(p2, `#${id}`)).sort((a, b) => time(a.id) - time(b.id));
      return m[0]!.x < m.at(-1)!.x ? 'ltr' : 'rtl';
    };
    expect(await order('a')).toBe('rtl');
    expect(await order('b')).toBe('ltr');
    await context.close();
  });
});
