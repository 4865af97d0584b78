/**
 * npm run screenshots: the built app at desktop and phone width, light and dark, with the
 * source reader open, into docs/screenshots/ (for the README, and for looking at).
 */
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../tooling/staticServer';
import { launchChromium } from '../tooling/chromium';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const { server, origin } = await startStaticServer({ '/app/': 'dist' });
const browser = await launchChromium();
const query = process.argv[2] ?? '';
try {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 360, 780],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({
        viewport: { width, height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await ctx.newPage();
      await page.goto(`${origin}/app/${query}`);
      await page.waitForSelector('[data-ready="true"]');
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${out}/${name}-${scheme}.png`, fullPage: name === 'desktop' });
      if (name === 'phone') {
        // The reader scrolls itself into view on a phone; the timeline is above it.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${out}/${name}-${scheme}-timeline.png` });
      }
      await ctx.close();
      console.log(`${out}/${name}-${scheme}.png`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
