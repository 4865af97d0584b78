import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launch, openPage, type Browser, type Page } from './browser';
import { renderedEventIds, settle } from './timelineProbe';
import { titleOf } from './bundled';

const data = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  events: { id: string; title: string; start: string; lane: string }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The heading of the event shown in the details panel. */
const detailsTitle = (page: Page) =>
  page
    .getByRole('region', { name: 'Event details' })
    .getByRole('heading', { level: 2 })
    .textContent();
const plotEvent = (page: Page, id: string) => page.locator(`.tl-plot [data-event-id="${id}"]`);
async function axe(page: Page, state: string) {
  const r = await new AxeBuilder({ page: page as never }).include('.dt-root').analyze();
  expect(
    r.violations.map((v) => `${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
  ).toEqual([]);
}

describe('event details and the source reader', () => {
  it('shows the selected event in full, steps to previous/next, and opens its passage in the source', async () => {
    const { page, errors, close } = await openPage(browser, appUrl());
    await plotEvent(page, 'geneva-talks-begin').click();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      titleOf('geneva-talks-begin'),
    );
    expect(await details.locator('time').textContent()).toMatch(
      /^10 January 2022, 08:55 UTC\+01:00/,
    );
    expect(await details.locator('.lane-chip').textContent()).toBe('Strategic Stability Dialogue');
    expect(await details.locator('.citation').count()).toBeGreaterThan(0);
    expect(await page.locator('[aria-live="polite"]').textContent()).toContain(
      titleOf('geneva-talks-begin'),
    );
    const nextName = await details
      .getByRole('button', { name: /^Next event/ })
      .getAttribute('aria-label');
    await details.getByRole('button', { name: /^Next event/ }).click();
    expect(nextName).toContain(await details.getByRole('heading', { level: 2 }).textContent());
    await details.getByRole('button', { name: /^Previous event/ }).click();
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(
      titleOf('geneva-talks-begin'),
    );

    const opener = details.getByRole('button', { name: 'Show in source' }).first();
    await opener.click();
    const reader = page.locator('.source-reader');
    await reader.locator('mark.active').first().waitFor();
    expect(await reader.locator('.reader-meta').textContent()).toContain('Published');
    // From a passage back to the events citing it.
    const back = reader.locator('.passage-link').first();
    const backName = (await back.getAttribute('aria-label'))!.replace('Cited by: ', '');
    await back.click();
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(backName);
    await page.keyboard.press('Escape');
    expect(await reader.count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('returns focus to the citation button when the reader closes', async () => {
    const { page, close } = await openPage(browser, appUrl('?event=geneva-talks-begin'));
    const opener = page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: 'Show in source' })
      .first();
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.locator('.source-reader mark.active').first().waitFor();
    await page.getByRole('button', { name: 'Close source' }).click();
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await close();
  });
});

describe('search and filters', () => {
  it('filters the timeline and the list to the same set, with counts, and clears in one action', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await page.getByRole('searchbox').fill('Kazakhstan');
    await settle(page);
    const status = await page.locator('.filter-status').textContent();
    const n = Number(/^(\d+) of/.exec(status!)![1]);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(data.events.length);
    await page.getByRole('button', { name: 'Fit' }).click();
    await settle(page);
    const onTimeline =
      (await renderedEventIds(page)).length +
      Number(
        (await page.locator('.tl-cluster').allTextContents())
          .map((t) => t.slice(1))
          .reduce((a, b) => a + Number(b), 0),
      );
    expect(onTimeline).toBe(n);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await page.locator('.event-list [data-event-id]').count()).toBe(n);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    // The events found follow the controls in a render of their own (useFilteredEvents).
    await expect
      .poll(() => page.locator('.event-list [data-event-id]').count())
      .toBe(data.events.length);
    await close();
  });

  it('finds events through a hit in a source text inside a passage they cite', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list'));
    // "barracks" occurs only in an article's text, in a passage cited by an event.
    await page.getByRole('searchbox').fill('barracks');
    // The list follows the box in a render of its own (and the search's chunk, if not yet here).
    await expect
      .poll(() => page.locator('.filter-status').textContent())
      .toMatch(/through a passage they cite|\d+ of \d+ events match/);
    expect(await page.locator('.event-list [data-event-id]').count()).toBeGreaterThan(0);
    await close();
  });

  it('applies a search in the link by the time the timeline is ready', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list&q=barracks'));
    // No waiting: data-ready waits for the search when the first view has one.
    const status = await page.locator('.filter-status').textContent();
    const shown = await page.locator('.event-list [data-event-id]').count();
    expect(status).toMatch(/\d+ of \d+ events match/);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(data.events.length);
    await close();
  });

  it('ignores a lane in the link that the data does not have, and drops it from the link', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list&lanes=zz,osce'));
    const shown = await page.locator('.event-list [data-event-id]').count();
    expect(shown).toBe(data.events.filter((e) => e.lane === 'osce').length);
    expect(await page.locator('summary', { hasText: 'Lanes' }).textContent()).toMatch(/\(1\)/);
    await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('osce');
    await close();
  });

  it('draws only the lanes a lane filter keeps, in their own colours', async () => {
    const all = await openPage(browser, appUrl());
    const colourOf = (page: typeof all.page) =>
      page
        .locator('.tl-lane[data-lane="osce"]')
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--lane'));
    const colour = await colourOf(all.page);
    await all.close();
    const { page, close } = await openPage(browser, appUrl('?lanes=osce'));
    expect(
      await page
        .locator('.tl-plot .tl-lane')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.lane)),
    ).toEqual(['osce']);
    expect(await colourOf(page)).toBe(colour);
    await close();
  });

  it('filters by lane with counts per lane', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list'));
    const lanes = page.locator('details.facet', {
      has: page.locator('summary', { hasText: 'Lanes' }),
    });
    await lanes.locator('summary').click();
    const osce = lanes.locator('.facet-item', { hasText: 'OSCE' });
    const count = Number(await osce.locator('.facet-n').textContent());
    expect(count).toBe(data.events.filter((e) => e.lane === 'osce').length);
    await osce.locator('input').check();
    await expect.poll(() => page.locator('.event-list [data-event-id]').count()).toBe(count);
    await close();
  });
});

describe('URL state', () => {
  it('restores selection, source, filters and window on reload; back/forward step through selections', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await plotEvent(page, 'geneva-talks-begin').click();
    await plotEvent(page, 'nato-russia-council').click();
    await page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: 'Show in source' })
      .first()
      .click();
    await page.getByRole('searchbox').fill('NATO');
    await page.waitForTimeout(400);
    const url = page.url();
    expect(url).toContain('event=nato-russia-council');
    expect(url).toContain('source=');
    expect(url).toContain('q=NATO');
    expect(url).toMatch(/window=2022-01-0\d/);
    await page.reload();
    await page.waitForSelector('[data-ready="true"]');
    expect(await detailsTitle(page)).toBe(titleOf('nato-russia-council'));
    await page.locator('.source-reader mark.active').first().waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('NATO');
    await page.goBack(); // closes the source
    await page.waitForTimeout(100);
    expect(await page.locator('.source-reader').count()).toBe(0);
    await page.goBack(); // the previous selection
    await page.waitForTimeout(100);
    expect(await detailsTitle(page)).toBe(titleOf('geneva-talks-begin'));
    await page.goForward();
    await page.waitForTimeout(100);
    expect(await detailsTitle(page)).toBe(titleOf('nato-russia-council'));
    await close();
  });

  it('copies a link to the current state', async () => {
    const { page, close } = await openPage(browser, appUrl('?event=osce-vienna-meeting'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/Link copied|Copy this link/).waitFor();
    const shown = (await page.locator('.copy-link input').count())
      ? await page.locator('.copy-link input').inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
    expect(shown).toContain('event=osce-vienna-meeting');
    await close();
  });
});

describe('keyboard and screen reader', () => {
  it('walks through every event in time order with the arrow keys alone', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await page.keyboard.press('Tab'); // skip link or first control
    await plotEvent(page, (await renderedEventIds(page))[0]!).focus();
    await page.keyboard.press('Home');
    const seen: string[] = [];
    for (let i = 0; i < data.events.length; i++) {
      await settle(page);
      const id = await page.evaluate(
        () => (document.activeElement as HTMLElement).dataset.eventId ?? '',
      );
      seen.push(id);
      await page.keyboard.press('ArrowRight');
    }
    expect(new Set(seen).size).toBe(data.events.length);
    expect(seen[0]).toBe('inf-treaty-signed');
    const names = await page.evaluate(() =>
      (document.activeElement as HTMLElement).getAttribute('aria-label'),
    );
    expect(names).toMatch(/, \d{1,2} \w+ \d{4}|, \w+ \d{4}/);
    await close();
  });

  it('moves across lanes with Up and Down', async () => {
    const { page, close } = await openPage(browser, appUrl('?event=geneva-talks-begin'));
    await plotEvent(page, 'geneva-talks-begin').focus();
    await page.keyboard.press('ArrowDown');
    await settle(page);
    const lane = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.lane);
    expect(lane).toBe('nato');
    await close();
  });

  it('has no axe violations: initial, selected, source open, list view, dark mode', async () => {
    const { page, close } = await openPage(browser, appUrl());
    await axe(page, 'initial');
    await plotEvent(page, 'geneva-talks-begin').click();
    await axe(page, 'selected');
    await page
      .getByRole('region', { name: 'Event details' })
      .getByRole('button', { name: 'Show in source' })
      .first()
      .click();
    await page.locator('.source-reader mark.active').first().waitFor();
    await axe(page, 'source open');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await axe(page, 'list view');
    await close();
    const dark = await openPage(browser, appUrl('?event=geneva-talks-begin'), {
      colorScheme: 'dark',
    });
    await axe(dark.page, 'dark');
    await dark.close();
  });
});

describe('responsive', () => {
  for (const width of [360, 1280, 2560]) {
    it(`fits ${width} px without sideways scrolling${width === 360 ? ', with 44 px touch targets and the panel under the timeline' : ''}`, async () => {
      const { page, close } = await openPage(browser, appUrl('?event=geneva-talks-begin'), {
        width,
        height: 800,
      });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      if (width === 360) {
        const heights = await page.$$eval('.tl-plot [data-event-id]', (els) =>
          els.map((e) => e.getBoundingClientRect().height),
        );
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
        const t = (await page.locator('.timeline').boundingBox())!;
        const d = (await page.locator('.event-details').boundingBox())!;
        expect(d.y).toBeGreaterThanOrEqual(t.y + t.height - 1);
      }
      await close();
    });
  }
});
