import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser, type Page } from './browser';

/**
 * What a reader of data that is not ours meets: a lane name longer than a phone is wide, and
 * several events at one instant. Measured on the boxes the browser lays out.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const data = fixtureUrl('shapes/timeline.json');

/** Each lane's name: its visible box against its lane's, and whether its text is cut short. */
const laneNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tl-lane')].map((lane) => {
      const name = lane.querySelector<HTMLElement>('.tl-lane-name bdi')!;
      const l = lane.getBoundingClientRect();
      const n = name.getBoundingClientRect();
      return {
        lane: lane.dataset.lane!,
        text: name.textContent!,
        laneLeft: l.left,
        laneRight: l.right,
        left: n.left,
        right: n.right,
        clipped: name.scrollWidth > name.clientWidth + 1,
        ellipsis: getComputedStyle(name).textOverflow,
      };
    }),
  );

describe('a lane name longer than the lane', () => {
  for (const [what, query] of [
    ['left to right', ''],
    ['in Arabic', 'lang=ar&'],
  ] as const) {
    it(`ends in an ellipsis inside its lane at 360 px, ${what}`, async () => {
      const { page, errors, close } = await openPage(
        browser,
        appUrl(`?${query}data=${encodeURIComponent(data)}`),
        { width: 360 },
      );
      const names = await laneNames(page);
      const long = names.find((n) => n.lane === 'long')!;
      expect(long.text).toMatch(/^A lane name that goes on .* well past a phone$/);
      expect(long.left).toBeGreaterThanOrEqual(long.laneLeft - 0.5);
      expect(long.right).toBeLessThanOrEqual(long.laneRight + 0.5);
      // Cut short by its own box, which draws "…" there (not by the lane's edge, mid-letter).
      expect(long.clipped).toBe(true);
      expect(long.ellipsis).toBe('ellipsis');
      for (const short of names.filter((n) => n.lane !== 'long')) {
        expect(short.clipped, short.lane).toBe(false);
        expect(short.right, short.lane).toBeLessThanOrEqual(short.laneRight + 0.5);
      }
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('has its whole name in the lane group and the Lanes menu', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${encodeURIComponent(data)}`), {
      width: 360,
    });
    const full = 'A lane name that goes on about the negotiating track it holds, well past a phone';
    await expect(page.getByRole('group', { name: full }).count()).resolves.toBe(1);
    await page.locator('details.facet summary', { hasText: 'Lanes' }).click();
    await expect(
      page.locator('details.facet[open]').getByText(full, { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await close();
  });
});

describe('events at one instant', () => {
  it('stack top to bottom in the order the data gives them', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${encodeURIComponent(data)}`));
    const stacked = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.tl-event[data-lane="long"]')]
        .map((e) => ({ id: e.dataset.eventId!, top: e.getBoundingClientRect().top }))
        .sort((a, b) => a.top - b.top)
        .map((e) => e.id),
    );
    expect(stacked).toEqual(['s-10', 's-9', 's-11', 'b', 'a']);
    await close();
  });

  it('stay where they are when one of them is selected, and when the walk moves on', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${encodeURIComponent(data)}`));
    const tops = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.tl-event[data-lane="long"]')].map((e) => [
            e.dataset.eventId!,
            Math.round(e.getBoundingClientRect().top),
          ]),
        ),
      );
    const before = await tops();
    await page.locator('.tl-event[data-event-id="s-11"]').click();
    await page.waitForSelector('.tl-event[data-event-id="s-11"][aria-current="true"]');
    await page.waitForTimeout(300);
    expect(await tops()).toEqual(before);
    await page.getByRole('button', { name: /Next/ }).click();
    await page.waitForSelector('.tl-event[aria-current="true"]:not([data-event-id="s-11"])');
    await page.waitForTimeout(300);
    expect(await tops()).toEqual(before);
    await close();
  });
});

describe('a summary that misstates its passage', () => {
  it('is named in the problems panel, sentence and word, and its event still shows', async () => {
    const misstated = fixtureUrl('misstated/timeline.json');
    const { page, errors, close } = await openPage(
      browser,
      appUrl(`?data=${encodeURIComponent(misstated)}`),
    );
    // Checked in the worker, as data from a URL is.
    expect(
      await page.evaluate(() => performance.getEntriesByName('dt:checked-in-worker').length),
    ).toBe(1);
    const items = await page.locator('.problems li').allTextContents();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(
      /events\[0\] \(long-talks\)\.summary.*sentence 1 gives a number \("eight"\)/,
    );
    expect(items[1]).toMatch(
      /events\[1\] \(envoy-words\)\.summary.*quotes "frank and constructive"/,
    );
    expect(items[2]).toMatch(
      /events\[2\] \(wrong-day\)\.summary.*says "Tuesday, 10 January 2022", but that day was a Monday/,
    );
    // Warnings keep their events: all four are drawn.
    expect(await page.locator('.tl-event').count()).toBe(4);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the overview strip', () => {
  it('shows a range across the span it covers, not only where it starts', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${encodeURIComponent(data)}`));
    await page.waitForSelector('.tl-overview-density');
    // The fixture's range "2021" to "2022" runs from the start of the data to its end: the
    // strip's bars are one unbroken run over nearly all of it (the rest is the room the
    // whole view leaves after the last event).
    // Which columns the strip's shape fills, read from its geometry just above the baseline.
    const { width, bars } = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.tl-overview svg')!;
      const strip = document.querySelector<SVGGeometryElement>('.tl-overview-density')!;
      const box = strip.getBBox();
      const width = svg.getBoundingClientRect().width;
      const bars: number[] = [];
      for (let x = 0; x < width; x++)
        if (strip.isPointInFill(new DOMPoint(x + 0.5, box.y + box.height - 0.5))) bars.push(x);
      return { width, bars };
    });
    const xs = [...new Set(bars)].sort((a, b) => a - b);
    expect(xs.at(-1)! - xs[0]! + 1).toBe(xs.length);
    expect(xs.length).toBeGreaterThan(0.8 * width);
    await close();
  });
});

describe('the axis of a window of hours', () => {
  it('names the day and year on its first tick, and that label covers the marks it passes', async () => {
    const { page, close } = await openPage(
      browser,
      appUrl(`?window=2021-07-01T06:00/2021-07-02T21:00&data=${encodeURIComponent(data)}`),
    );
    // Each bare tick (its label left out for room) whose mark lies under a shown label: what
    // is on top there, half way down the label, is the label, not the mark through its text.
    const r = await page.evaluate(() => {
      const ticks = [...document.querySelectorAll<HTMLElement>('.tl-axis .tl-tick')];
      const labels = ticks.filter((t) => !t.classList.contains('is-bare'));
      const under: boolean[] = [];
      for (const bare of ticks.filter((t) => t.classList.contains('is-bare'))) {
        const x = bare.getBoundingClientRect().left + 0.5;
        const over = labels.find((l) => {
          const b = l.getBoundingClientRect();
          return x > b.left + 1 && x < b.right - 1;
        });
        if (!over) continue;
        const b = over.getBoundingClientRect();
        under.push(document.elementFromPoint(x, b.top + b.height / 2) === over);
      }
      return { first: labels[0]!.textContent, under };
    });
    expect(r.first).toBe('1 Jul 2021, 06:00');
    expect(r.under.length).toBeGreaterThan(0);
    expect(r.under).toEqual(r.under.map(() => true));
    await close();
  });
});
