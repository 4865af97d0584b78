/**
 * The scripted gestures, the same for every tool: wheel zoom about a point (15 steps in, 15
 * out, as the outside check did) and a 2-second drag pan. Each returns the page's clock at
 * its start, so frames and long tasks can be told apart by phase.
 */
import type { Page } from 'playwright-core';

const now = (page: Page) => page.evaluate(() => performance.now());

export async function wheelZoom(page: Page, x: number, y: number, steps = 15): Promise<number> {
  await page.mouse.move(x, y);
  const t = await now(page);
  for (let i = 0; i < 2 * steps; i++) {
    await page.mouse.wheel(0, i < steps ? -120 : 120);
    await page.waitForTimeout(16);
  }
  return t;
}

export async function dragPan(page: Page, x: number, y: number, ms = 2000): Promise<number> {
  await page.mouse.move(x + 200, y);
  const t = await now(page);
  await page.mouse.down();
  const steps = 60;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + 200 - (400 * i) / steps, y);
    await page.waitForTimeout(ms / steps);
  }
  await page.mouse.up();
  return t;
}

/**
 * Where on screen an instant is: from the tool's visible window over its plot's box. Ours
 * says its window on `.tl-plot` (data-start/data-end); vis-timeline's page exposes getWindow.
 */
export async function screenX(
  page: Page,
  tool: 'ours' | 'vis-timeline',
  box: { x: number; width: number },
  instant: number,
): Promise<number> {
  const [a, b] =
    tool === 'ours'
      ? (
          await page
            .locator('.tl-plot')
            .first()
            .evaluate((el) => [el.getAttribute('data-start')!, el.getAttribute('data-end')!])
        ).map((s) => Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`))
      : await page.evaluate(() => {
          const w = (
            window as unknown as { __vis: { getWindow(): { start: Date; end: Date } } }
          ).__vis.getWindow();
          return [w.start.getTime(), w.end.getTime()];
        });
  const x = box.x + ((instant - a!) / (b! - a!)) * box.width;
  // Keep the pointer inside the plot even when the instant is outside the window.
  return Math.min(box.x + box.width - 2, Math.max(box.x + 2, x));
}
