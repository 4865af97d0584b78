/**
 * npm run screenshots:i18n: the README's pictures of languages, printing and images, from the
 * built app (dist/): French and Arabic at desktop width, Hebrew on a phone in the dark, the
 * printed chronology as a page, and the view downloaded as an image in Arabic.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tooling/chromium';
import { startStaticServer } from '../tooling/staticServer';

const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const { server, origin } = await startStaticServer({ '/app/': 'dist' });
const browser = await launchChromium();
const open = async (query: string, width: number, height: number, dark = false) => {
  const ctx = await browser.newContext({
    viewport: { width, height },
    colorScheme: dark ? 'dark' : 'light',
    acceptDownloads: true,
  });
  const page = await ctx.newPage();
  await page.goto(`${origin}/app/${query}`);
  await page.waitForSelector('[data-ready="true"]');
  await page.waitForTimeout(200);
  return { page, close: () => ctx.close() };
};
try {
  for (const [file, query, width, height, dark] of [
    ['i18n-fr-desktop', '?lang=fr&event=ukrainian-soldiers-killed', 1280, 1150, false],
    ['i18n-ar-desktop', '?lang=ar&event=geneva-working-dinner', 1280, 1150, false],
    ['i18n-he-phone-dark', '?lang=he', 360, 780, true],
  ] as const) {
    const { page, close } = await open(query, width, height, dark);
    await page.screenshot({ path: `${out}/${file}.png` });
    await close();
    console.log(`${out}/${file}.png`);
  }

  // The chronology as printed: print media at an A4 page's width, its first page.
  {
    const { page, close } = await open('?lang=en', 794, 1123);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-chronology').waitFor();
    await page.screenshot({ path: `${out}/print-chronology.png` });
    await close();
    console.log(`${out}/print-chronology.png`);
  }

  // "Download image" in Arabic: the PNG as downloaded (twice the pixels).
  {
    const { page, close } = await open('?lang=ar', 1280, 900);
    await page.locator('.tl-image summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.tl-image li button').nth(1).click(),
    ]);
    await download.saveAs(`${out}/image-ar.png`);
    await close();
    console.log(`${out}/image-ar.png`);
  }
} finally {
  await browser.close();
  server.close();
}
