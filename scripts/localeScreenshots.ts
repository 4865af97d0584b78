/**
 * npm run screenshots:locales [-- QUERY] : the built app in every shipped language at desktop
 * and phone width, light and dark, an event selected, into docs/screenshots/locales/ (for
 * looking at each translation in place; the README shows a few).
 */
import { mkdirSync } from 'node:fs';
import { LOCALES } from '../src/core/i18n/locales';
import { launchChromium } from '../tooling/chromium';
import { startStaticServer } from '../tooling/staticServer';

const out = 'docs/screenshots/locales';
mkdirSync(out, { recursive: true });
const only = process.env.LOCALES?.split(',') ?? LOCALES;
const extra = process.argv[2] ?? '';
const { server, origin } = await startStaticServer({ '/app/': 'dist' });
const browser = await launchChromium();
try {
  for (const lang of only) {
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 360, 780],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await ctx.newPage();
        await page.goto(`${origin}/app/?lang=${lang}${extra}`);
        await page.waitForSelector('[data-ready="true"]');
        await page.waitForTimeout(200);
        const file = `${out}/${lang}-${name}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: name === 'desktop' });
        await ctx.close();
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
