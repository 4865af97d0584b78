import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { i18nFor } from '../i18n/catalogues';
import { appUrl, collectErrors, launch, openPage, type Browser, type Page } from './browser';
import { titleOf } from './bundled';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const fr = i18nFor('fr');
const host = (query: string) => `${inject('origin')}/fixtures/hosts/component.html?${query}`;
const EVENT = 'ukrainian-soldiers-killed'; // 2022-01-10, one day

/** The French interface, checked in a page or a component's shadow root (`scope`). */
async function expectFrench(page: Page, scope: string) {
  const root = page.locator(scope);
  await expect.poll(() => root.locator('.dt-root').getAttribute('lang')).toBe('fr');
  expect(await root.locator('.dt-root').getAttribute('dir')).toBe('ltr');
  // Search and filters.
  expect(await root.locator('.filter-bar input[type="search"]').getAttribute('placeholder')).toBe(
    fr.t('filter.searchPlaceholder'),
  );
  expect(await root.locator('.filter-bar .clear').textContent()).toBe(fr.t('filter.clear'));
  // The details: the date in French, the navigation, the citations.
  const details = root.locator('.event-details');
  await details.waitFor();
  expect(await details.getAttribute('aria-label')).toBe(fr.t('details.label'));
  expect(await details.locator('.event-meta time').textContent()).toBe('10 janvier 2022');
  expect(await details.locator('.details-nav button').first().textContent()).toContain('Précédent');
  // The announcement of the selection.
  await expect
    .poll(() => root.locator('[aria-live="polite"]').first().textContent())
    .toBe(`Sélectionné\u00a0: ${titleOf(EVENT)}, 10 janvier 2022`);
  // The source reader.
  await details
    .getByRole('button', { name: fr.t('citation.open') })
    .first()
    .click();
  const reader = root.locator('.source-reader');
  await reader.waitFor();
  expect(await reader.locator('dt').allTextContents()).toContain(fr.t('reader.passages'));
  expect(await reader.getByRole('button', { name: fr.t('reader.close') }).count()).toBe(1);
  // The list: dates as headings, in French.
  await root.getByRole('button', { name: fr.t('filter.list') }).click();
  await root.locator('.event-list').waitFor();
  const headings = await root.locator('.event-list .date-heading').allTextContents();
  expect(headings).toContain('10 janvier 2022');
  // An approximate day, a range of days and a year, in French.
  expect(headings).toContain('9 janvier 2022 (env.)');
  expect(headings).toContain('2014');
  expect(headings).toContainEqual(expect.stringMatching(/^11\s?–\s?12 janvier 2022$/));
  expect(headings.join(' ')).not.toMatch(/January|December/);
}

describe('the interface in the reader’s language', () => {
  it('?lang=fr: the app speaks French, dates included', async () => {
    const { page, errors, close } = await openPage(browser, appUrl(`?lang=fr&event=${EVENT}`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByRole('button', { name: 'Imprimer' }).count()).toBe(1);
    await expectFrench(page, 'body');
    expect(errors).toEqual([]);
    await close();
  });

  it('lang="fr" on a component: the component speaks French, the host page stays as it is', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(host(`el=t,/some/sub/path/data/timeline.json,fr`));
    await page.waitForSelector('#t[data-ready="true"]');
    await page
      .locator('#t')
      .evaluate((el) => el.setAttribute('event', 'ukrainian-soldiers-killed'));
    await expectFrench(page, '#t');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two components on one page speak two languages; changing lang re-words one', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const src = '/fixtures/valid/timeline.json';
    await page.goto(host(`el=a,${src},fr;b,${src},ar`));
    await page.waitForSelector('#a[data-ready="true"]');
    await page.waitForSelector('#b[data-ready="true"]');
    const rootOf = (id: string) => page.locator(`#${id} .dt-root`);
    expect(await rootOf('a').getAttribute('dir')).toBe('ltr');
    expect(await rootOf('b').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#a .filter-bar .clear').textContent()).toBe('Effacer les filtres');
    expect(await page.locator('#b .filter-bar .clear').textContent()).toBe(
      i18nFor('ar').t('filter.clear'),
    );
    await page.locator('#a').evaluate((el) => el.setAttribute('lang', 'de'));
    await expect
      .poll(() => page.locator('#a .filter-bar .clear').textContent())
      .toBe('Filter zurücksetzen');
    expect(await page.locator('#b .filter-bar .clear').textContent()).toBe(
      i18nFor('ar').t('filter.clear'),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('chooses: lang attribute, else the host page’s <html lang>, else the browser’s, else English', async () => {
    const context = await browser.newContext({ locale: 'pt-BR' });
    const page = await context.newPage();
    const src = '/fixtures/valid/timeline.json';
    const langOf = async (query: string) => {
      await page.goto(host(query));
      await page.waitForSelector('#x[data-ready="true"]');
      return page.locator('#x .dt-root').getAttribute('lang');
    };
    expect(await langOf(`el=x,${src},it&html-lang=de`)).toBe('it');
    expect(await langOf(`el=x,${src}&html-lang=de`)).toBe('de');
    expect(await langOf(`el=x,${src}&html-lang=`)).toBe('pt');
    expect(await langOf(`el=x,${src}&html-lang=tlh`)).toBe('pt');
    // The app: ?lang=, else the browser's.
    await page.goto(appUrl(''));
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.locator('.dt-root').getAttribute('lang')).toBe('pt');
    await page.goto(appUrl('?lang=uk'));
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.locator('.dt-root').getAttribute('lang')).toBe('uk');
    await context.close();
    const english = await browser.newContext({ locale: 'tlh' });
    const p2 = await english.newPage();
    await p2.goto(appUrl(''));
    await p2.waitForSelector('[data-ready="true"]');
    expect(await p2.locator('.dt-root').getAttribute('lang')).toBe('en');
    await english.close();
  });

  it('downloads only the chosen catalogue', async () => {
    for (const [url, wanted, pattern] of [
      [appUrl('?lang=ru'), 'words-ru-', /words-|locales\//],
      [host('el=c,/fixtures/valid/timeline.json,uk'), 'locales/uk.json', /words-|locales\//],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (pattern.test(r.url())) fetched.push(r.url());
      });
      await page.goto(url);
      await page.waitForSelector('[data-ready="true"]');
      expect(fetched).toHaveLength(1);
      expect(fetched[0]).toContain(wanted);
      await context.close();
    }
  });
});
