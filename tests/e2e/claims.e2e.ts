import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appUrl, fixtureUrl, launch, openPage, type Browser, type Page } from './browser';

// A dataset of our own (not the bundled one): two events, six citations, two sources.
const data = encodeURIComponent(fixtureUrl('claims/timeline.json'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Scope = Page | Frame | Locator;

/** The card of an event, in the details panel or the list. */
const card = (scope: Scope, id: string) => scope.locator(`.event-card[data-event-id="${id}"]`);
/** Its citations, in order. */
const citations = (c: Locator) => c.locator('.citations > li');

/** The quote's visible highlight: its background colour, or null when it has none. */
const highlight = (li: Locator) =>
  li.locator('blockquote').evaluate((el) => {
    const bg = getComputedStyle(el).backgroundColor;
    return bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent' ? null : bg;
  });
const highlights = async (c: Locator) =>
  Promise.all((await citations(c).all()).map((li) => highlight(li)));

/** Whether the element has focus, in its own document or shadow root. */
const focused = (l: Locator) =>
  l.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);

/**
 * WCAG contrast of each marker's digit against what is behind it (the first opaque background
 * up its ancestors). axe leaves one-character text unchecked, so the markers are measured here.
 */
const markerContrasts = (c: Locator) =>
  c.locator('.marker-button').evaluateAll((buttons) => {
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    return buttons.map((b) => {
      let el: Element | null = b;
      let bg = [255, 255, 255];
      for (; el; el = el.parentElement) {
        const c = rgba(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0.99)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const [hi, lo] = [lum(rgba(getComputedStyle(b).color)), lum(bg)].sort((x, y) => y - x);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    });
  });

/** The card's summary as the accessibility tree gives it: what a screen reader reads. */
const spoken = (c: Locator) => c.locator('.summary').ariaSnapshot();

/**
 * The behaviour of one card wherever it is shown: markers named by their citation, pressing
 * one moves focus to that citation and outlines and highlights it; hovering a sentence
 * highlights the passages it rests on, and nothing else.
 */
async function checkClaims(page: Page, c: Locator) {
  const tree = await spoken(c);
  expect(tree).not.toMatch(/\[\d+\]/);
  expect(tree).toContain('button "Citation 2: Talks open in Geneva"');
  expect(tree).toContain('button "Citation 4: Talks open in Geneva"');
  expect(await highlights(c)).toEqual([null, null, null, null]);

  // Hover the second sentence: only its passage (citation 3) lights up.
  await c.locator('.claim').nth(1).hover();
  const lit = await highlights(c);
  expect(lit.map((h) => h !== null)).toEqual([false, false, true, false]);
  // The first sentence rests on two passages.
  await c.locator('.claim').nth(0).hover();
  expect((await highlights(c)).map((h) => h !== null)).toEqual([true, true, false, false]);
  await page.mouse.move(0, 0);
  expect(await highlights(c)).toEqual([null, null, null, null]);

  // Press marker 2: focus moves to citation 2, which is outlined and highlighted.
  await c.getByRole('button', { name: 'Citation 2: Talks open in Geneva' }).click();
  const second = citations(c).nth(1);
  expect(await focused(second)).toBe(true);
  expect(await second.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(await highlight(second)).not.toBeNull();
  expect(
    await citations(c)
      .nth(0)
      .evaluate((el) => getComputedStyle(el).outlineStyle),
  ).toBe('none');
  // It is on screen, where the reader's eyes go.
  expect(await second.isVisible()).toBe(true);
  expect(await second.evaluate((el) => el.getBoundingClientRect().top >= 0)).toBe(true);
}

describe('claims in the app', () => {
  it('event details: markers focus and highlight their citation; a sentence lights its passages', async () => {
    const { page, errors, close } = await openPage(browser, appUrl(`?data=${data}&event=talks`));
    const c = card(page.getByRole('region', { name: 'Event details' }), 'talks');
    await checkClaims(page, c);
    expect(errors).toEqual([]);
    await close();
  });

  it('by keyboard: focusing a marker lights its sentence’s passages, Enter moves to the citation', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${data}&event=talks`));
    const c = card(page.getByRole('region', { name: 'Event details' }), 'talks');
    await c.getByRole('button', { name: 'Citation 3: Talks open in Geneva' }).focus();
    expect((await highlights(c)).map((h) => h !== null)).toEqual([false, false, true, false]);
    await page.keyboard.press('Enter');
    expect(await focused(citations(c).nth(2))).toBe(true);
    await close();
  });

  it('list view: the same, on every card', async () => {
    const { page, errors, close } = await openPage(browser, appUrl(`?data=${data}&mode=list`));
    await checkClaims(page, card(page, 'talks'));
    const press = card(page, 'press-call');
    await press.getByRole('button', { name: 'Citation 2: A long day by the lake' }).click();
    expect(await focused(citations(press).nth(1))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('never leaves a marker alone at the start of a line (phone width, every summary)', async () => {
    // The bundled data: many long summaries, so many sentences end near a line break.
    const { page, close } = await openPage(browser, appUrl('?mode=list'), { width: 360 });
    const ends = page.locator('.summary .claim-end');
    expect(await ends.count()).toBeGreaterThan(50);
    const broken = await ends.evaluateAll((els) =>
      els
        .filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.bottom))).size > 1)
        .map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    await close();
  });

  it('shows actors with their office and the spellings the sources use', async () => {
    const { page, close } = await openPage(browser, appUrl(`?data=${data}&event=talks`));
    const actors = card(page, 'talks').getByRole('list', { name: 'With:' });
    expect(await actors.getByRole('listitem').allTextContents()).toEqual([
      'Wendy Sherman (US Deputy Secretary of State)',
      'Sergei Ryabkov (Deputy Foreign Minister of Russia; also reported as Serguei Riabkov, Sergey Ryabkov)',
    ]);
    await close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations with markers shown, a sentence lit and a citation targeted (${colorScheme})`, async () => {
      for (const query of ['event=talks', 'mode=list']) {
        const { page, close } = await openPage(browser, appUrl(`?data=${data}&${query}`), {
          colorScheme,
        });
        const c = card(page, 'talks');
        const check = async (state: string) => {
          const r = await new AxeBuilder({ page: page as never }).include('.dt-root').analyze();
          expect(
            r.violations.map(
              (v) => `${query} ${state}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`,
            ),
          ).toEqual([]);
        };
        await check('at rest');
        for (const ratio of await markerContrasts(c)) expect(ratio).toBeGreaterThanOrEqual(4.5);
        await c.locator('.claim').nth(0).hover();
        await check('sentence lit');
        for (const ratio of await markerContrasts(c)) expect(ratio).toBeGreaterThanOrEqual(4.5);
        await c.getByRole('button', { name: 'Citation 4: Talks open in Geneva' }).click();
        await check('citation targeted');
        await close();
      }
    });
  }
});

describe('claims in embeds', () => {
  it('the iframe embed page', async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${inject('origin')}/some/sub/path/embed.html?data=${data}&event=talks`,
    );
    await checkClaims(page, card(page.getByRole('region', { name: 'Event details' }), 'talks'));
    expect(errors).toEqual([]);
    await close();
  });

  it('the web component, inside its shadow root', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${inject('origin')}/some/sub/path/examples/component.html`);
    await page.waitForSelector('#main[data-ready="true"]');
    await page.evaluate((src) => {
      const el = document.getElementById('main')!;
      el.setAttribute('src', src);
    }, fixtureUrl('claims/timeline.json'));
    await page.locator('#main .dt-root h1', { hasText: 'Fixture: claims' }).waitFor();
    await page.evaluate(() => document.getElementById('main')!.setAttribute('event', 'talks'));
    const c = card(page.locator('#main'), 'talks');
    await c.waitFor();
    await checkClaims(page, c);
    // Focus is inside the shadow root: the page sees the host element as focused.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
