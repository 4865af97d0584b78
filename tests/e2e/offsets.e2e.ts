import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANE_PALETTE } from '../../src/core/color/palette';
import { appUrl, fixtureUrl, launch, type Browser } from './browser';
import { colouredRuns, decode, openForPixels, plotWindow, rgb, type RGB } from './pixels';

/**
 * Times of day at three offsets from UTC, measured in the pixels of the plot: each mark is
 * where its instant falls on the axis (read by the clock the axis names), so the marks run
 * in the order things happened, and a range from Moscow to Geneva is as long as the flight.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/offsets/timeline.json', 'utf8')) as {
  lanes: { id: string }[];
  events: { id: string; start: string; end?: string; lane: string }[];
};
const laneColour = (laneId: string): RGB =>
  rgb(LANE_PALETTE[fixture.lanes.findIndex((l) => l.id === laneId)]!.light);
// The axis reads UTC+01:00 (most of the fixture's times are at it): its 14:00 is 13:00 UTC.
const onAxis = (iso: string) => Date.parse(iso) + 60 * 60_000;
const DOT = 12;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('times of day at different offsets from UTC', () => {
  it('are drawn where their instants fall, and the axis names the clock it reads them by', async () => {
    const { page, close } = await openForPixels(
      browser,
      appUrl(`?data=${encodeURIComponent(fixtureUrl('offsets/timeline.json'))}`),
    );
    const plot = page.locator('.tl-plot');
    const box = (await plot.boundingBox())!;
    const img = decode(await plot.screenshot());
    const [w0, w1] = await plotWindow(plot);
    const x = (t: number) => ((t - w0) / (w1 - w0)) * box.width;
    const drawn = async (id: string, lane: string) => {
      const row = (await plot.locator(`[data-event-id="${id}"]`).boundingBox())!;
      const top = Math.round(row.y - box.y);
      return colouredRuns(img, top, top + Math.round(row.height), laneColour(lane));
    };

    // Given Washington, Geneva, Brussels, Moscow; happened Moscow, Geneva, Brussels, Washington.
    const points = {
      moscow: '2022-01-10T13:00Z',
      geneva: '2022-01-10T13:30Z',
      brussels: '2022-01-10T13:45Z',
      washington: '2022-01-10T14:00Z',
    };
    const report: string[] = [];
    const centres: number[] = [];
    for (const [id, instant] of Object.entries(points)) {
      const want = x(onAxis(instant));
      const found = (await drawn(id, 'capitals')).find(
        (r) =>
          Math.abs((r.left + r.right) / 2 - want) <= 2 && Math.abs(r.right - r.left - DOT) <= 2,
      );
      report.push(`${id}: want a dot at ${want.toFixed(1)} px, ${found ? 'found' : 'none'}`);
      if (found) centres.push((found.left + found.right) / 2);
    }
    expect(centres.length, report.join('\n')).toBe(4);
    expect([...centres].sort((a, b) => a - b)).toEqual(centres);

    // 10:00 in Moscow to 11:00 in Geneva: 07:00 to 10:00 UTC, three hours, not one.
    const flight = await drawn('flight', 'travel');
    const [a, b] = [x(onAxis('2022-01-10T07:00Z')), x(onAxis('2022-01-10T10:01Z'))];
    expect(
      flight.some((r) => Math.abs(r.left - a) <= 2 && Math.abs(r.right - b) <= 2),
      `flight: want ${a.toFixed(1)}–${b.toFixed(1)} px, drawn ${JSON.stringify(flight)}`,
    ).toBe(true);

    // The axis names its clock at its end, clear of every tick label.
    const axis = await page.evaluate(() => {
      const clock = document.querySelector<HTMLElement>('.tl-axis .tl-axis-clock')!;
      const c = clock.getBoundingClientRect();
      const frame = document.querySelector('.tl-axis')!.getBoundingClientRect();
      const hidden = [...document.querySelectorAll<HTMLElement>('.tl-tick:not(.is-bare)')]
        .map((t) => [t.textContent, t.getBoundingClientRect()] as const)
        .filter(([, r]) => r.right > c.left && r.left < c.right)
        .map(([text]) => text);
      return { text: clock.textContent, right: frame.right - c.right, hidden };
    });
    expect(axis).toEqual({ text: 'UTC+01:00', right: 0, hidden: [] });
    await expect(plot.getAttribute('aria-label')).resolves.toMatch(/UTC\+01:00/);
    await close();
  });
});
