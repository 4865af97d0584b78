import type { Page } from 'playwright-core';

/** The plot's visible window, from its data attributes, in ms. */
export async function windowOf(page: Page): Promise<[number, number]> {
  const [a, b] = await page
    .locator('.tl-plot')
    .evaluate((el) => [el.getAttribute('data-start')!, el.getAttribute('data-end')!]);
  const ms = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);
  return [ms(a!), ms(b!)];
}

/** Pairs of visible labels or cluster badges whose boxes intersect on screen. */
export function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.tl-label, .tl-cluster')]
      .map((el) => ({
        r: el.getBoundingClientRect(),
        name: el.closest('[data-event-id]')?.getAttribute('data-event-id') ?? el.textContent ?? '',
      }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const bad: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r,
          b = boxes[j]!.r;
        // 0.5 px tolerance for sub-pixel rounding at shared edges
        if (
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5
        )
          bad.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
      }
    return bad;
  });
}

/** Ids of the events rendered as controls on the plot. */
export const renderedEventIds = (page: Page) =>
  page.$$eval('.tl-plot [data-event-id]', (els) =>
    els.map((e) => e.getAttribute('data-event-id')!),
  );

/**
 * Waits until d3-zoom is wired: it arrives a frame or more after data-ready (its own chunk).
 * Before then a drag does not pan, and the wheel zooms through the store instead (see
 * useZoom's wheelBeforeGestures), so tests of d3-zoom's own gestures wait for it.
 */
export const gesturesOn = (page: Page) => page.waitForSelector('.tl-plot[data-gestures="on"]');

/** Waits for the next two animation frames (React commit + layout). */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Presses the mouse at one point, moves in steps to another, and releases. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps: number,
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}
