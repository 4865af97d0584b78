import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser } from './browser';

const dataset = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  events: { id: string; title: string }[];
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app, served from a sub-path', () => {
  it('loads the bundled dataset with no console errors and shows every event', async () => {
    const { page, errors, close } = await openPage(browser, appUrl('?mode=list'));
    const ids = await page.$$eval('.event-list [data-event-id]', (els) =>
      els.map((e) => e.getAttribute('data-event-id')),
    );
    expect(new Set(ids)).toEqual(new Set(dataset.events.map((e) => e.id)));
    expect(await page.locator('.problems').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a citation in the source reader with its passage marked and in view', async () => {
    const { page, close } = await openPage(browser, appUrl('?mode=list'));
    // A card citing an article that other cards cite too, so the reader has several marks.
    const card = page.locator('.event-list [data-event-id="sherman-press-call"]');
    const quote = squash(
      (await card.locator('blockquote.quote:not(.reference)').first().textContent()) ?? '',
    ).replace(/^“|”$/g, '');
    await card.getByRole('button', { name: 'Show in source' }).first().click();
    const active = page.locator('.source-reader mark.active');
    await active.first().waitFor();
    const marked = squash((await active.allTextContents()).join(''));
    expect(marked).toBe(quote);
    expect(await page.locator('.source-reader mark').count()).toBeGreaterThan(1);
    const inView = await active.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.closest('.source-reader')!.getBoundingClientRect();
      return r.bottom > Math.max(0, box.top) && r.top < Math.min(window.innerHeight, box.bottom);
    });
    expect(inView).toBe(true);
    await page.getByRole('button', { name: 'Close source' }).click();
    expect(await page.locator('.source-reader').count()).toBe(0);
    await close();
  });

  it('lists each problem of a broken dataset given with ?data=, and still shows its valid events', async () => {
    const { page, errors, close } = await openPage(
      browser,
      appUrl(`?mode=list&data=${encodeURIComponent(fixtureUrl('broken/duplicate-ids.json'))}`),
    );
    const text = await page.locator('.problems').textContent();
    expect(text).toContain('events[1] (twice).id');
    expect(text).toContain('duplicate id "twice"');
    expect(await page.locator('.event-list [data-event-id]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('does not draw an event on a passage whose source file could not be read', async () => {
    const { page, errors, close } = await openPage(
      browser,
      appUrl(`?mode=list&data=${encodeURIComponent(fixtureUrl('broken/unreadable-source.json'))}`),
    );
    const items = await page.locator('.problems li').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/sources\[0\] \(gone\)\.file.*could not read "sources\/nowhere\.txt"/),
      expect.stringMatching(
        /events\[0\] \(on-gone\)\.citations\[0\]\.source.*has no text to find the quote in/,
      ),
    ]);
    expect(
      await page
        .locator('.event-list [data-event-id]')
        .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.eventId)),
    ).toEqual(['on-here']);
    expect(errors).toEqual([]);
    await close();
  });

  it('says a truncated file is broken instead of showing a blank page', async () => {
    const { page, close } = await openPage(
      browser,
      appUrl(`?data=${encodeURIComponent(fixtureUrl('broken/truncated.json'))}`),
    );
    expect(await page.locator('.problems').textContent()).toMatch(
      /truncated\.json.*not valid JSON/,
    );
    await close();
  });

  it('shows hostile strings as text and runs none of them', async () => {
    const { page, close } = await openPage(
      browser,
      appUrl(`?mode=list&data=${encodeURIComponent(fixtureUrl('hostile/timeline.json'))}`),
    );
    await page.getByRole('button', { name: 'Show in source' }).first().click();
    await page.locator('.source-reader mark').first().waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe(
      '<img src=x onerror="window.__pwned=3">Hostile <b>title</b>',
    );
    expect(
      await page
        .locator('.dt-root script, .dt-root img, .dt-root iframe, .dt-root svg[onload]')
        .count(),
    ).toBe(0);
    // And on the timeline too: labels and lane names are text.
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('.tl-plot [data-event-id]').first().waitFor();
    expect(await page.locator('.tl-label').first().textContent()).toBe(
      '<script>window.__pwned=8</script>',
    );
    expect(await page.locator('.tl-lane-name').first().textContent()).toBe(
      '<svg onload="window.__pwned=5">lane</svg>',
    );
    expect(
      await page
        .locator('.dt-root script, .dt-root img, .dt-root iframe, .dt-root svg[onload]')
        .count(),
    ).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await close();
  });
});
