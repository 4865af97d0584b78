import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launch, type Browser, type Page } from './browser';
import { bundled, titleOf } from './bundled';

const at = (path: string) => `${inject('cspOrigin')}/some/sub/path/${path}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records CSP violations (in every frame) and console errors from the start. */
async function open(url: string, opts: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  const violations = async () =>
    (
      await Promise.all(
        page
          .frames()
          .map((f) =>
            f
              .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
              .catch(() => []),
          ),
      )
    ).flat();
  return { page, errors, violations, close: () => context.close() };
}

const inShadow = (page: Page, host: string) => page.locator(`${host}`);

describe('the built app and the embed page under the strict CSP', () => {
  for (const path of [
    'index.html',
    'embed.html?event=osce-vienna-meeting',
    '?data=../../../fixtures/hostile/timeline.json',
  ]) {
    it(`${path}: renders with zero violations`, async () => {
      const { page, errors, violations, close } = await open(at(path));
      await page.waitForSelector('[data-timeline][data-ready="true"]');
      await page.locator('.tl-plot [data-event-id]').first().click();
      await page.waitForTimeout(100);
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('<diplomatic-timeline>', () => {
  it('renders two components with their own data and selections, untouched by a hostile host stylesheet', async () => {
    const { page, errors, violations, close } = await open(at('examples/two-components.html'));
    await page.waitForSelector('#talks[data-ready="true"]');
    await page.waitForSelector('#geneva[data-ready="true"]');
    const talks = inShadow(page, '#talks');
    const geneva = inShadow(page, '#geneva');
    expect(await talks.locator('h1').textContent()).toBe('US–Russia security talks, January 2022');
    expect(await geneva.locator('h1').textContent()).toBe(
      "Geneva, 10 January 2022: one article's account",
    );
    // Separate stores: selecting in one leaves the other alone.
    await talks.locator('.tl-plot [data-event-id="osce-vienna-meeting"]').click();
    await geneva.locator('.tl-plot [data-event-id="talks-begin"]').click();
    expect(await talks.locator('.event-details h2').textContent()).toBe(
      titleOf('osce-vienna-meeting'),
    );
    expect(await geneva.locator('.event-details h2').textContent()).toBe(
      'Talks begin at the US mission',
    );
    // The hostile sheet hides buttons and paints text magenta; inside the shadow root it can't.
    const style = await talks
      .locator('.tl-plot [data-event-id="osce-vienna-meeting"]')
      .evaluate((el) => {
        const cs = getComputedStyle(el);
        return { display: cs.display, color: cs.color, font: cs.fontFamily };
      });
    expect(style.display).not.toBe('none');
    expect(style.color).not.toBe('rgb(255, 0, 255)');
    expect(style.font).not.toContain('Comic');
    expect(await page.locator('#log').textContent()).toMatch(
      /talks: timeline-select osce-vienna-meeting[\s\S]*geneva: timeline-select talks-begin/,
    );
    // Our styles don't leak out: the host's own heading keeps the host's font.
    expect(
      await page.locator('body > h1').evaluate((el) => getComputedStyle(el).fontFamily),
    ).toContain('Comic');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('reacts to attribute changes after mount, takes a data property, and fires its events', async () => {
    const { page, violations, close } = await open(at('examples/component.html'));
    await page.waitForSelector('#main[data-ready="true"]');
    const el = inShadow(page, '#main');
    await page.evaluate(() =>
      document.getElementById('main')!.setAttribute('event', 'nato-russia-council'),
    );
    await el.locator('.event-details h2', { hasText: 'NATO–Russia Council' }).waitFor();
    await page.evaluate(() =>
      document.getElementById('main')!.setAttribute('view', '1987-01-01/1989-01-01'),
    );
    await el.locator('.tl-plot [data-event-id="inf-treaty-signed"]').waitFor();
    await page.evaluate(() => document.getElementById('main')!.setAttribute('theme', 'dark'));
    expect(await el.locator('.dt-root').getAttribute('data-theme')).toBe('dark');
    await page.evaluate(() => document.getElementById('main')!.setAttribute('height', '400'));
    expect(Math.round((await page.locator('#main').boundingBox())!.height)).toBe(400);
    // A dataset object, with one broken event: the valid one shows, the error is reported.
    await page.evaluate(() => {
      const main = document.getElementById('main') as HTMLElement & { data: unknown };
      main.data = {
        title: 'Handed over',
        lanes: [{ id: 'l', label: 'Lane' }],
        sources: [
          {
            id: 's',
            title: 'Inline',
            kind: 'article',
            text: 'They met in Geneva. Nothing was agreed.',
          },
        ],
        events: [
          {
            id: 'met',
            title: 'They met',
            start: '2022-01-10',
            lane: 'l',
            summary: 'They met in Geneva.[1]',
            citations: [{ source: 's', quote: 'They met in Geneva.' }],
          },
          {
            id: 'bad',
            title: 'Bad',
            start: '2022-02-30',
            lane: 'l',
            summary: 'Nothing was agreed.[1]',
            citations: [{ source: 's', quote: 'Nothing was agreed.' }],
          },
        ],
      };
    });
    await el.locator('h1', { hasText: 'Handed over' }).waitFor();
    expect(await el.locator('.problems').textContent()).toContain('events[1] (bad).start');
    expect(await page.locator('#log').textContent()).toMatch(/main: timeline-error 1 problems/);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('survives 20 remove/re-add cycles with no errors and no leaked listeners', async () => {
    const { page, errors, violations, close } = await open(at('examples/component.html'));
    await page.waitForSelector('#main[data-ready="true"]');
    const before = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    for (let i = 0; i < 20; i++) {
      await page.evaluate(async () => {
        const el = document.getElementById('main')!;
        const parent = el.parentNode!;
        const next = el.nextSibling;
        el.remove();
        parent.insertBefore(el, next);
        await new Promise<void>((ok) =>
          el.addEventListener('timeline-ready', () => ok(), { once: true }),
        );
      });
    }
    const el = inShadow(page, '#main');
    expect(await el.locator('.dt-root').count()).toBe(1);
    expect(await el.locator('.tl-plot').count()).toBe(1);
    await el.locator('.tl-plot [data-event-id="osce-vienna-meeting"]').click();
    expect(await el.locator('.event-details h2').textContent()).toBe(
      titleOf('osce-vienna-meeting'),
    );
    expect(before).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await close();
  });
});

describe('the iframe embed', () => {
  it('sizes itself to its content through the host script, and links to the full app in the same state', async () => {
    const { page, violations, close } = await open(at('examples/iframe.html'));
    const frameEl = page.locator('iframe[data-diplomatic-timeline]');
    await page.waitForSelector('iframe[data-sized="true"]');
    const frame = page.frameLocator('iframe[data-diplomatic-timeline]');
    await frame.locator('[data-ready="true"]').waitFor();
    await page.waitForTimeout(200);
    const inner = await frame
      .locator('html')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const outer = (await frameEl.boundingBox())!.height;
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    expect(await frame.locator('.event-details h2').textContent()).toBe(
      titleOf('nato-russia-council'),
    );
    // Closing the details shrinks the content; the iframe follows.
    await frame.getByRole('button', { name: 'Close details' }).click();
    await page.waitForTimeout(300);
    expect((await frameEl.boundingBox())!.height).toBeLessThan(outer);
    const full = await frame.getByRole('link', { name: 'Open full view' }).getAttribute('href');
    expect(full).not.toContain('embed.html');
    expect(full).toMatch(/\/some\/sub\/path\/\?/);
    expect(await violations()).toEqual([]);
    await close();
  });
});

describe('the single self-contained file', () => {
  it('works from file:// with its data and sources inlined, under its own hashed CSP', async () => {
    const url = pathToFileURL(resolve('dist/single/diplomatic-timeline.html')).href;
    const { page, errors, violations, close } = await open(url);
    await page.waitForSelector('[data-timeline][data-ready="true"]');
    // Every event of the first view is drawn (the view's window is the data's own).
    const week = bundled.events.filter((e) => e.start >= '2022-01-08' && e.start < '2022-01-14');
    expect(week.length).toBeGreaterThan(0);
    expect(await page.locator('.tl-plot [data-event-id]').count()).toBeGreaterThanOrEqual(
      week.length,
    );
    await page.locator('.tl-plot [data-event-id="geneva-talks-begin"]').click();
    await page
      .locator('.event-details')
      .getByRole('button', { name: 'Show in source' })
      .first()
      .click();
    await page.locator('.source-reader mark.active').first().waitFor();
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toMatch(/script-src 'sha256-[^']+'/);
    expect(meta).toContain("require-trusted-types-for 'script'");
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
