import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/staticServer';
import { FLAGS } from '../tests/e2e/browserFlags';
const n = process.argv[2] ?? '100000';
const { server, origin } = await startStaticServer({ '/app/': 'dist', '/data/': 'bench/out/data' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
for (let i = 0; i < 2; i++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript({ path: 'bench/probe.js' });
await page.goto(`${origin}/app/index.html?data=../data/${n}/timeline.json`);
await page.waitForFunction('window.__b.ready !== null', null, { timeout: 60000 });
console.log(await page.evaluate('JSON.stringify([...performance.getEntriesByType("mark").map(m => m.name + " " + Math.round(m.startTime)), "ready " + Math.round(window.__b.ready)])'));
await page.close();
}
await browser.close(); server.close();
