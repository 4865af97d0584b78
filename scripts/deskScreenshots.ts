/**
 * npm run screenshots:desk: the curator's desk (edit mode) at desktop and phone width,
 * light and dark, with an event open, a source open and a selection widened to a unique
 * quote, into docs/screenshots/desk-*.png (for the README, and for looking at).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { startStaticServer } from '../tooling/staticServer';
import { launchChromium } from '../tooling/chromium';

const out = process.argv[2] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const data = JSON.parse(readFileSync('data/timeline.json', 'utf8')) as {
  events: { id: string; citations: { source: string }[] }[];
  sources: { id: string; title: string; file?: string }[];
};
const event = data.events.find((e) =>
  data.sources.some((s) => s.id === e.citations[0]?.source && s.file),
)!;
const source = data.sources.find((s) => s.id === event.citations[0]!.source)!;
const text = readFileSync(`data/${source.file}`, 'utf8');
// Three words that occur exactly twice: the desk widens them to a unique quote.
const words = [...text.matchAll(/\S+/g)];
let pick: [number, number] = [0, 0];
for (let i = Math.floor(words.length / 4); i + 3 < words.length; i++) {
  const a = words[i]!.index!;
  const b = words[i + 2]!.index! + words[i + 2]![0].length;
  const s = text.slice(a, b);
  if (/^[\p{L} ]+$/u.test(s) && text.split(s).length - 1 === 2) {
    pick = [a, b];
    break;
  }
}

const { server, origin } = await startStaticServer({ '/app/': 'dist' });
const browser = await launchChromium();
try {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 360, 780],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(`${origin}/app/?edit`);
      await page.waitForSelector('.dt-desk[data-ready="true"]');
      await page.getByLabel('Event', { exact: true }).selectOption(event.id);
      await page
        .getByLabel('Source to read and cite from', { exact: true })
        .selectOption(source.id);
      await page.locator('.reader-text').waitFor();
      // A string, not a function: tsx would wrap a function's inner names in a helper the
      // page does not have.
      await page.evaluate(`(() => {
        const hosts = [...document.querySelectorAll('.reader-text [data-at]')];
        function point(off) {
          for (const h of hosts) {
            const at = Number(h.dataset.at), t = h.firstChild;
            if (off >= at && off <= at + t.length) return [t, off - at];
          }
        }
        const range = document.createRange();
        range.setStart(...point(${pick[0]}));
        range.setEnd(...point(${pick[1]}));
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      })()`);
      await page.locator('[data-testid="proposed-quote"]').waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({
        path: `${out}/desk-${name}-${scheme}.png`,
        fullPage: name === 'desktop',
      });
      if (name === 'phone') {
        await page.locator('.desk-editor').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}/desk-${name}-${scheme}-editor.png` });
        await page.locator('.desk-citebar').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}/desk-${name}-${scheme}-cite.png` });
      }
      await ctx.close();
      console.log(`${out}/desk-${name}-${scheme}.png`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
