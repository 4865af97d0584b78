/**
 * The scripted gestures, the same for every tool: wheel zoom about a point (15 steps in, 15
 * out, as the outside check did) and a 2-second drag pan. Input goes in at a person's pace,
 * whatever the page is doing, as a real wheel or mouse would: events are sent through CDP
 * without waiting for the page to acknowledge each one, so a page that stalls gets them
 * queued (and coalesced, as Chromium does), and the gesture takes the same wall time for every
 * tool. Each function returns the page's clock at its start, to tell frames apart by phase.
 */
import type { CDPSession, Page } from 'playwright-core';

const now = (page: Page) => page.evaluate(() => performance.now());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type MouseEvent = {
  type: 'mouseMoved' | 'mousePressed' | 'mouseReleased' | 'mouseWheel';
  x: number;
  y: number;
  deltaY?: number;
};

/** Sends an input event without waiting for the page to handle it (errors are the page's). */
function send(cdp: CDPSession, e: MouseEvent) {
  const pressed = e.type === 'mousePressed' || e.type === 'mouseReleased';
  cdp
    .send('Input.dispatchMouseEvent', {
      ...e,
      deltaX: 0,
      deltaY: e.deltaY ?? 0,
      button: pressed || e.type === 'mouseMoved' ? 'left' : 'none',
      buttons: e.type === 'mouseReleased' ? 0 : pressed || e.type === 'mouseMoved' ? 1 : 0,
      clickCount: pressed ? 1 : 0,
    })
    .catch(() => undefined);
}

/** Waits (at most `ms`) until the page has worked through what it was sent and drawn a frame. */
export async function settle(page: Page, ms = 10_000) {
  await Promise.race([
    page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r()))),
    sleep(ms),
  ]).catch(() => undefined);
}

export async function wheelZoom(
  page: Page,
  cdp: CDPSession,
  x: number,
  y: number,
  steps = 15,
): Promise<number> {
  await page.mouse.move(x, y);
  const t = await now(page);
  for (let i = 0; i < 2 * steps; i++) {
    send(cdp, { type: 'mouseWheel', x, y, deltaY: i < steps ? -120 : 120 });
    await sleep(16);
  }
  await settle(page);
  return t;
}

export async function dragPan(
  page: Page,
  cdp: CDPSession,
  x: number,
  y: number,
  ms = 2000,
): Promise<number> {
  await page.mouse.move(x + 200, y);
  const t = await now(page);
  send(cdp, { type: 'mousePressed', x: x + 200, y });
  const steps = 60;
  for (let i = 1; i <= steps; i++) {
    send(cdp, { type: 'mouseMoved', x: x + 200 - (400 * i) / steps, y });
    await sleep(ms / steps);
  }
  send(cdp, { type: 'mouseReleased', x: x - 200, y });
  await settle(page);
  return t;
}

/**
 * Where on screen an instant is: from the tool's visible window over its plot's box. Ours
 * says its window on `.tl-plot` (data-start/data-end); vis-timeline's page exposes getWindow.
 */
export async function screenX(
  page: Page,
  tool: 'ours' | 'baseline' | 'vis-timeline',
  box: { x: number; width: number },
  instant: number,
): Promise<number> {
  const [a, b] =
    tool !== 'vis-timeline'
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
