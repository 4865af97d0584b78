import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DATA = '../../../generated/corrupt-20000/timeline.json';

interface Seen {
  status: string[];
  values: number[];
  csp: string[];
}

/**
 * Loads a page, recording from its first moment what the loading progress says (its status
 * text and its bar's values) and any CSP violation; `noWorker` takes Worker away first, as
 * on a page where none can be made.
 */
async function load(url: string, noWorker = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((off: boolean) => {
    const w = window as unknown as { __seen: Seen; Worker?: unknown };
    if (off) delete w.Worker;
    const seen: Seen = { status: [], values: [], csp: [] };
    w.__seen = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    new MutationObserver(() => {
      const status = document.querySelector('.load-progress [role="status"]')?.textContent;
      if (status && seen.status.at(-1) !== status) seen.status.push(status);
      const bar = document.querySelector('.load-progress progress');
      if (bar) seen.values.push(Number(bar.getAttribute('value')));
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, noWorker);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 60_000 });
  const result = await page.evaluate(() => ({
    seen: (window as unknown as { __seen: Seen }).__seen,
    marks: performance
      .getEntriesByType('mark')
      .map((m) => m.name)
      .filter((n) => n.startsWith('dt:checked')),
    problems: [...document.querySelectorAll('.problems li')].map((li) => li.textContent ?? ''),
    heading: document.querySelector('.problems h2')?.textContent ?? '',
    count: document.querySelector('.filter-status')?.textContent ?? '',
    progressLeft: document.querySelectorAll('.load-progress').length,
  }));
  await context.close();
  return { ...result, errors };
}

describe('loading a large dataset', () => {
  it('checks it in a worker, showing progress, with exactly the problems the page thread finds', async () => {
    const url = `${inject('origin')}/some/sub/path/?data=${DATA}`;
    const worker = await load(url);
    const page = await load(url, true);
    expect(worker.marks).toEqual(['dt:checked-in-worker']);
    expect(page.marks).toEqual(['dt:checked-on-page']);
    // The data's problems, in order, word for word; and the same events shown.
    expect(worker.problems.length).toBeGreaterThan(1000);
    expect(worker.problems).toEqual(page.problems);
    expect(worker.heading).toBe(page.heading);
    expect(worker.count).toBe(page.count);
    expect(worker.count).toMatch(/^1\d,\d{3} events$|^1\d{4} events$/);
    for (const run of [worker, page]) {
      // Progress was said in words, and the bar moved on its way to 100%.
      expect(run.seen.status).toContain('Checking 20,000 events…');
      expect(run.seen.values.some((v) => v > 0 && v < 100)).toBe(true);
      expect(run.progressLeft).toBe(0);
      // The data names one source file that is not there (a problem it reports): its 404 only.
      expect(run.errors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
    }
  }, 120_000);

  for (const path of ['', 'embed.html']) {
    it(`${path || 'the app'}: the worker runs under the strict CSP and Trusted Types, with no violation`, async () => {
      const run = await load(`${inject('cspOrigin')}/some/sub/path/${path}?data=${DATA}`);
      expect(run.marks).toEqual(['dt:checked-in-worker']);
      expect(run.seen.csp).toEqual([]);
      expect(run.problems.length).toBeGreaterThan(1000);
    }, 60_000);
  }
});

describe('what first paint downloads', () => {
  it('loads the reader, the event panels, the Download menu and the gestures after data-ready, the exporters only when asked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The moment data-ready is set, on the page's own clock.
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.querySelector('[data-ready="true"]')) return;
        (window as unknown as { __ready: number }).__ready = performance.now();
        obs.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    const page = await context.newPage();
    await page.goto(
      `${inject('origin')}/some/sub/path/?data=../../../fixtures/valid/timeline.json`,
    );
    await page.waitForSelector('[data-timeline][data-ready="true"]');
    /** Chunks requested so far (by name), and whether before data-ready. */
    const chunks = () =>
      page.evaluate(() => {
        const ready = (window as unknown as { __ready: number }).__ready;
        return performance.getEntriesByType('resource').flatMap((r) => {
          const m = /assets\/([A-Za-z]+)-[\w-]+\.(js|css)$/.exec(r.name);
          return m ? [{ chunk: `${m[1]}.${m[2]}`, before: r.startTime < ready }] : [];
        });
      });
    const names = async () => (await chunks()).map((c) => c.chunk);
    const first = (await chunks()).filter((c) => c.before).map((c) => c.chunk);
    expect(first).toContain('app.js');
    expect(first).toContain('validationWorker.js');
    for (const later of ['sourceReaderChunk.js', 'eventPanels.js', 'gestures.js'])
      expect(first).not.toContain(later);
    // The gestures, the panels, the reader and the Download menu arrive just after the first
    // paint, unasked, so the first click finds them.
    await page.waitForSelector('.tl-plot[data-gestures="on"]');
    for (const later of [
      'gestures.js',
      'eventPanels.js',
      'sourceReaderChunk.js',
      'DownloadMenu.js',
    ])
      await expect.poll(names).toContain(later);
    expect(await names()).not.toContain('exportFormats.js');
    await page.locator('.tl-plot [data-event-id]').first().click();
    await page.getByRole('button', { name: 'Show in source' }).first().click();
    await page.locator('.source-reader mark').first().waitFor();
    await context.close();
  });
});
