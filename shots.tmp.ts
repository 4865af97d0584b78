import { launchChromium } from './tooling/chromium';
import { startStaticServer } from './tooling/staticServer';
const { server, origin } = await startStaticServer({ '/app/': 'dist', '/d/': '/tmp' });
const browser = await launchChromium();
const shots: [string, string, number, 'light' | 'dark', string?][] = JSON.parse(process.argv[2]!);
for (const [name, query, width, scheme, click] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
  await page.goto(`${origin}/app/${query}`);
  await page.waitForSelector('[data-ready="true"]');
  if (click) { await page.locator(click).first().click(); await page.waitForTimeout(300); }
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, await page.title());
  await ctx.close();
}
await browser.close();
server.close();
