import { afterAll, beforeAll, describe, it } from 'vitest';
import { appUrl, fixtureUrl, launch, type Browser, type Page } from './browser';
import { frames } from './pixels';
import { matchSnapshot } from './snapshot';

/**
 * The main states, compared with committed baselines (see snapshot.ts). Most are of a
 * committed fixture, so they change only when the drawing does; two are of the bundled
 * dataset and need a reviewed update when its events are re-curated.
 */
const visual = (query = '') =>
  appUrl(`?data=${encodeURIComponent(fixtureUrl('visual/timeline.json'))}${query}`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(
  name: string,
  url: string,
  opts: {
    width?: number;
    height?: number;
    dark?: boolean;
    act?: (page: Page) => Promise<void>;
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    deviceScaleFactor: 1,
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-timeline][data-ready="true"]');
  // Parts that come a frame or more after data-ready (the header's menus, the overview strip,
  // the gestures; the reader after a click) are fetched by then: the picture is the settled one.
  await page.waitForLoadState('networkidle');
  await opts.act?.(page);
  await page.waitForLoadState('networkidle');
  await frames(page);
  const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  await context.close();
  matchSnapshot(name, png);
}

describe('visual snapshots of the main states', () => {
  it('first view', () => shoot('fixture-first-view', visual()));
  it('a chapter', () =>
    shoot('fixture-chapter', visual(), {
      act: (page) => page.getByRole('button', { name: 'Early years' }).click(),
    }));
  it('a busy day, by the hour: day tints, a range running off both edges', () =>
    shoot('fixture-busy-day', visual(), {
      act: (page) => page.getByRole('button', { name: '6 September 2021', exact: true }).click(),
    }));
  it('selected event with the source reader', () =>
    shoot('fixture-selected-reader', visual('&event=charter-signed'), {
      act: async (page) => {
        await page
          .getByRole('region', { name: 'Event details' })
          .getByRole('button', { name: 'Show in source' })
          .first()
          .click();
        await page.locator('.source-reader mark.active').first().waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
      },
    }));
  it('list', () => shoot('fixture-list', visual('&mode=list')));
  it('dark', () => shoot('fixture-dark', visual(), { dark: true }));
  it('360 px', () => shoot('fixture-360', visual(), { width: 360, height: 780 }));
  it('360 px, dark', () =>
    shoot('fixture-360-dark', visual(), { width: 360, height: 780, dark: true }));
  it('2560 px', () => shoot('fixture-2560', visual(), { width: 2560, height: 1100 }));
  it('the bundled data, first view', () => shoot('bundled-first-view', appUrl()));
  it('the bundled data, the run-up chapter (ranges and months)', () =>
    shoot('bundled-run-up', appUrl(), {
      act: (page) => page.getByRole('button', { name: 'Run-up, 2021' }).click(),
    }));
});
