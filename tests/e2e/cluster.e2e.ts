import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const data = encodeURIComponent(fixtureUrl('same-time/timeline.json'));

describe('a "+N" badge over events at one time', () => {
  it('says zooming will not part them, and opens them one by one', async () => {
    const { page, errors, close } = await openPage(
      browser,
      appUrl(`?data=${data}&window=2023-05-08/2023-05-13`),
    );
    const labelled = () =>
      page
        .locator('.tl-lane[data-lane="desk"] [data-event-id]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.eventId!));
    const shown = new Set(await labelled());
    const badge = page.locator('.tl-lane[data-lane="desk"] .tl-cluster');
    const hidden = 24 - shown.size;
    expect(hidden).toBeGreaterThan(0);
    expect(await badge.textContent()).toBe(`+${hidden}`);
    expect(await badge.getAttribute('aria-label')).toMatch(
      /events here: .*\. Open the first; Next goes through the others$/,
    );
    await badge.click();
    // The first of the hidden ones is open, and drawn (the lane's rows are full: another
    // goes into the badge in its place).
    const details = page.getByRole('region', { name: 'Event details' });
    const heading = () => details.getByRole('heading', { level: 2 }).textContent();
    await expect.poll(heading).toMatch(/^Item \d\d$/);
    const first = (await heading())!.toLowerCase().replace(' ', '-');
    expect(shown.has(first)).toBe(false);
    await expect.poll(labelled).toContain(first);
    // Next steps on to another of them.
    await details.getByRole('button', { name: /Next/ }).click();
    await expect.poll(heading).not.toBe(`Item ${first.slice(5)}`);
    expect(errors).toEqual([]);
    await close();
  });
});
