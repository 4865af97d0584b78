import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const data = encodeURIComponent(fixtureUrl('varied/timeline.json'));

/** The open popup's box, the viewport's width and how wide the page scrolls. */
const measure = (page: Page, popup: string) =>
  page.evaluate((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return {
      left: r.left,
      right: r.right,
      width: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
    };
  }, popup);

describe('menus on a phone', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`open inside the screen at 360 px (${lang}): Download, Download image, Sources`, async () => {
      const { page, errors, close } = await openPage(
        browser,
        appUrl(`?lang=${lang}&data=${data}`),
        {
          width: 360,
        },
      );
      for (const [summary, popup] of [
        ['.download summary', '.download ul'],
        ['.tl-image summary', '.tl-image ul'],
        ['details.facet:last-of-type summary', 'details.facet:last-of-type fieldset'],
      ] as const) {
        await page.locator(summary).click();
        await page.locator(popup).waitFor();
        const m = await measure(page, popup);
        expect(m.left, `${popup} left`).toBeGreaterThanOrEqual(0);
        expect(m.right, `${popup} right`).toBeLessThanOrEqual(m.width);
        expect(m.scrollWidth, `${popup}: the page scrolls sideways`).toBeLessThanOrEqual(m.width);
        await page.locator(summary).click();
      }
      expect(errors).toEqual([]);
      await close();
    });
  }
});
