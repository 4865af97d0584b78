import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANE_PALETTE } from '../../src/core/color/palette';
import { appUrl, fixtureUrl, launch, type Browser, type Page } from './browser';
import {
  colouredRun,
  decode,
  distance,
  openForPixels,
  pixel,
  plotWindow,
  rgb,
  type RGB,
} from './pixels';

/**
 * What is drawn is what the data says, measured in the pixels of a screenshot: each mark's
 * coloured run along its row is as wide as its dates on the axis, in its lane's colour.
 * On a fixture (not the bundled data), in every way the timeline ships.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/marks/timeline.json', 'utf8')) as {
  lanes: { id: string; color?: string }[];
  events: { id: string; start: string; end?: string; lane: string }[];
};
const laneColour = (laneId: string): RGB => {
  const i = fixture.lanes.findIndex((l) => l.id === laneId);
  return rgb(fixture.lanes[i]!.color ?? LANE_PALETTE[i % LANE_PALETTE.length]!.light);
};
const utc = (s: string) => Date.parse(`${s}T00:00Z`);
/** Each fixture event's extent on the axis: [start, end) in ms. */
const extents: Record<string, [number, number]> = {
  surveys: [utc('2016-03-01'), utc('2020-02-29')], // to the end of its end day
  flood: [utc('2018-01-01'), utc('2019-01-01')], // the whole year
  dredging: [utc('2019-06-01'), utc('2019-07-01')], // the whole month
  treaty: [utc('2017-09-14'), utc('2017-09-14')], // a point, drawn as a dot at its day
};
const DOT = 12;

const data = fixtureUrl('marks/timeline.json');
const SURFACES = {
  app: () => appUrl(`?data=${encodeURIComponent(data)}`),
  'iframe embed page': () => appUrl(`embed.html?data=${encodeURIComponent(data)}`),
  'web component': () => fixtureUrl('marks/component.html'),
  'single file': () => appUrl(`single/diplomatic-timeline.html?data=${encodeURIComponent(data)}`),
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const open = (url: string, width = 1280) => openForPixels(browser, url, width);

/** Every fixture mark measured: where its coloured run is, where its dates put it. */
async function measure(page: Page) {
  const plot = page.locator('.tl-plot');
  const box = (await plot.boundingBox())!;
  const img = decode(await plot.screenshot());
  const [w0, w1] = await plotWindow(plot);
  const x = (t: number) => ((t - w0) / (w1 - w0)) * box.width;
  const out: Record<
    string,
    { run: ReturnType<typeof colouredRun>; want: [number, number]; colour: RGB }
  > = {};
  for (const e of fixture.events) {
    const row = (await plot.locator(`[data-event-id="${e.id}"]`).boundingBox())!;
    const top = Math.round(row.y - box.y);
    const colour = laneColour(e.lane);
    const [t0, t1] = extents[e.id]!;
    out[e.id] = {
      run: colouredRun(img, top, top + Math.round(row.height), colour),
      want: [x(t0), x(t1)],
      colour,
    };
  }
  return { out, img, box };
}

describe('every mark is drawn as wide as its dates', () => {
  for (const [surface, url] of Object.entries(SURFACES)) {
    it(`in the ${surface}: a four-year range, a year, a month as bars and spans; a day as a dot`, async () => {
      const { page, close } = await open(url());
      const { out } = await measure(page);
      const report = Object.entries(out).map(([id, m]) =>
        m.run
          ? `${id}: drawn ${m.run.left}–${m.run.right} px, dates ${m.want[0].toFixed(1)}–${m.want[1].toFixed(1)} px`
          : `${id}: nothing drawn in its lane's colour`,
      );
      for (const id of ['surveys', 'flood', 'dredging']) {
        const m = out[id]!;
        expect(m.run, report.join('\n')).not.toBeNull();
        expect(Math.abs(m.run!.left - m.want[0]), report.join('\n')).toBeLessThanOrEqual(2);
        expect(Math.abs(m.run!.right - m.want[1]), report.join('\n')).toBeLessThanOrEqual(2);
      }
      // A point is a dot centred on its day, not a span.
      const dot = out.treaty!;
      expect(dot.run, report.join('\n')).not.toBeNull();
      expect(Math.abs((dot.run!.left + dot.run!.right) / 2 - dot.want[0])).toBeLessThanOrEqual(2);
      expect(Math.abs(dot.run!.right - dot.run!.left - DOT)).toBeLessThanOrEqual(2);
      await close();
    });
  }
});

describe('lanes are told apart by colour', () => {
  it("draws each lane's marks in the lane's colour (its own, or the palette's), every lane different", async () => {
    const { page, close } = await open(SURFACES.app());
    const { out } = await measure(page);
    const colours = fixture.events.map((e) => out[e.id]!.colour);
    for (const e of fixture.events)
      expect(out[e.id]!.run, `${e.id} in ${e.lane}'s colour`).not.toBeNull();
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++)
        expect(distance(colours[i]!, colours[j]!)).toBeGreaterThan(60);
    // The lane's name carries the same colour beside it.
    for (const lane of fixture.lanes) {
      const swatch = page.locator(`.tl-lane[data-lane="${lane.id}"] .tl-swatch`);
      const c = rgb(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor));
      expect(distance(c, laneColour(lane.id)), lane.id).toBeLessThan(3);
    }
    await close();
  });
});

describe('nothing drawn is cut by the frame', () => {
  for (const width of [360, 1280, 2560]) {
    it(`at ${width} px: labels, ticks and badges stay inside; marks off an edge end in an arrowhead there`, async () => {
      // The fixture's view opens with the four-year range running off neither edge; zoomed in
      // on the flood year, the range runs off both.
      const { page, close } = await open(
        SURFACES.app().replace('?', '?window=2017-10-01/2019-03-01&'),
        width,
      );
      const plot = page.locator('.tl-plot');
      const box = (await plot.boundingBox())!;
      const outside = await page.$$eval('.tl-plot .tl-label, .tl-plot .tl-cluster', (els) =>
        els
          .map((el) => [el.textContent ?? '', el.getBoundingClientRect()] as const)
          .map(([t, r]) => ({
            t,
            left: r.left,
            right: r.right,
          })),
      );
      expect(
        outside.filter((r) => r.left < box.x - 0.5 || r.right > box.x + box.width + 0.5),
      ).toEqual([]);
      const axis = (await page.locator('.tl-axis').boundingBox())!;
      const ticks = await page.$$eval('.tl-tick', (els) =>
        els.filter((e) => e.textContent).map((e) => e.getBoundingClientRect().right),
      );
      expect(ticks.filter((r) => r > axis.x + axis.width + 0.5)).toEqual([]);
      // No text ink in the outermost columns of the plot: a cut label would leave some.
      const img = decode(await plot.screenshot());
      const fg = rgb(await plot.evaluate((el) => getComputedStyle(el).color));
      const inkAt = (x: number) => {
        let n = 0;
        for (let y = 0; y < img.height; y++) if (distance(pixel(img, x, y), fg) < 60) n++;
        return n;
      };
      expect([inkAt(0), inkAt(1), inkAt(img.width - 2), inkAt(img.width - 1)]).toEqual([
        0, 0, 0, 0,
      ]);
      // The range runs off both edges: it is drawn to each, with its colour at the very edge.
      const row = (await plot.locator('[data-event-id="surveys"]').boundingBox())!;
      const top = Math.round(row.y - box.y);
      const run = colouredRun(img, top, top + Math.round(row.height), laneColour('north'))!;
      // (Within a pixel: the plot's box may start and end mid-pixel.)
      expect(run.left).toBeLessThanOrEqual(1);
      expect(run.right).toBeGreaterThanOrEqual(img.width - 1);
      // And an arrowhead at each edge, taller than the bar it ends (5 px): 9 px, less antialiasing.
      const tall = (x: number) => {
        let n = 0;
        for (let y = top; y < top + row.height; y++)
          if (distance(pixel(img, x, y), laneColour('north')) <= 40) n++;
        return n;
      };
      const tallest = (xs: number[]) => Math.max(...xs.map(tall));
      expect(tallest([4, 5, 6, 7])).toBeGreaterThanOrEqual(7);
      expect(tallest([4, 5, 6, 7].map((x) => img.width - 1 - x))).toBeGreaterThanOrEqual(7);
      await close();
    });
  }
});
