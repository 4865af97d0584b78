import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/core';
import { i18nFor } from '../i18n/catalogues';
import { collectErrors, launch, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const host = (el: string) => `${inject('origin')}/fixtures/hosts/component.html?el=${el}`;

/** Rules a host page can write: `!important` on everything it can reach, its root included. */
const HOSTILE = {
  'the issue’s': '* { color: red !important; font-size: 40px !important }',
  'a stronger': `
    * { color: red !important; font-size: 40px !important; line-height: 3 !important;
        font-family: "Comic Sans MS", cursive !important; letter-spacing: 4px !important; }`,
  'a 62.5% root': 'html { font-size: 62.5% !important }',
};

/** How every piece of text inside the component's shadow root looks, in document order. */
const textStyles = (page: Page, id: string) =>
  page.evaluate((id) => {
    const root = document.getElementById(id)!.shadowRoot!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.trim();
      if (!text) continue;
      const cs = getComputedStyle(n.parentElement!);
      out.push(
        `${text.slice(0, 40)} | ${cs.fontSize} ${cs.lineHeight} ${cs.fontFamily.slice(0, 12)} ${cs.color} ${cs.letterSpacing}`,
      );
    }
    return out;
  }, id);

describe('the component keeps the host out, in every language', () => {
  for (const lang of LOCALES) {
    it(`${lang}: no text in the shadow root changes under a host's !important rules`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = collectErrors(page);
      // A dataset with warnings (the problems panel shows) and an uncited event.
      await page.goto(host(`w,/fixtures/broken/uncited.json,${lang}`));
      await page.waitForSelector('#w[data-ready="true"]');
      // In the language asked for: the panel's heading is the catalogue's.
      const heading = i18nFor(lang as Locale).t('problems.warnings', { count: 3 });
      expect(await page.locator('#w').locator('.problems h2').textContent()).toBe(heading);
      const before = await textStyles(page, 'w');
      expect(before.length).toBeGreaterThan(10);
      for (const [name, css] of Object.entries(HOSTILE)) {
        const sheet = await page.addStyleTag({ content: css });
        await page.waitForTimeout(30);
        expect(await textStyles(page, 'w'), `under ${name} sheet`).toEqual(before);
        // The host's own text does take its rules (the sheet is in force).
        expect(
          await page.locator('body > h1').evaluate((h) => getComputedStyle(h).fontSize),
        ).not.toBe('32px');
        await sheet.evaluate((el) => (el as Element).remove());
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
