import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../tooling/staticServer';
import { freshDir, npmRun, npmStart } from '../scripts/cli';
import { launch, type Browser } from './browser';

// The README's "Make your own timeline", command by command, from a fresh folder outside
// the project: new → validate → serve → build → embed.
const cwd = freshDir('dt-walk-');
const TITLE = 'Walk-through: harbour talks';
let browser: Browser;
let site: { server: Server; origin: string } | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

const heading = async (url: string) => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 30_000 });
  const h1 = await page.locator('h1').first().textContent();
  const events = await page.locator('[data-event-id]').count();
  await page.close();
  return { h1, events };
};

describe('Make your own timeline, as the README walks it', { timeout: 240_000 }, () => {
  it('1–2. npm run new, then npm run validate: a clean dataset where the user stands', () => {
    const made = npmRun(cwd, 'new', ['mine', '--title', TITLE]);
    expect(made.code, made.out).toBe(0);
    const v = npmRun(cwd, 'validate', ['mine']);
    expect(v.code, v.out).toBe(0);
  });

  it('3. npm run serve: the printed URL shows the dataset', async () => {
    const server = npmStart(cwd, 'serve', [
      'mine',
      '--port',
      String(20_000 + Math.floor(Math.random() * 20_000)),
    ]);
    try {
      const { h1, events } = await heading(await server.url);
      expect(h1).toBe(TITLE);
      expect(events).toBeGreaterThan(0);
    } finally {
      server.stop();
    }
  });

  it('4. npm run build -- --data mine --out site: the dataset is the site’s default, no ?data=', async () => {
    const built = npmRun(cwd, 'build', ['--data', 'mine', '--out', 'site']);
    expect(built.code, built.out.slice(-2000)).toBe(0);
    const index = readFileSync(join(cwd, 'site/index.html'), 'utf8');
    expect(index).toContain(`<title>${TITLE}</title>`);
    site = await startStaticServer({ '/any/path/': join(cwd, 'site') });
    const { h1 } = await heading(`${site.origin}/any/path/`);
    expect(h1).toBe(TITLE);
    const data = JSON.parse(readFileSync(join(cwd, 'site/data/timeline.json'), 'utf8'));
    expect(data.title).toBe(TITLE);
  });

  it('5. embed: the web component with no src shows the site’s dataset; the single file opens from disk', async () => {
    writeFileSync(
      join(cwd, 'site/host.html'),
      `<!doctype html><meta charset="utf-8"><title>host</title>
<script type="module" src="lib/diplomatic-timeline.js"></script>
<diplomatic-timeline></diplomatic-timeline>`,
    );
    const page = await browser.newPage();
    await page.goto(`${site!.origin}/any/path/host.html`);
    await page.waitForSelector('diplomatic-timeline[data-ready="true"]', { timeout: 30_000 });
    expect(await page.locator('diplomatic-timeline h1').textContent()).toBe(TITLE);
    await page.goto(pathToFileURL(join(cwd, 'site/single/diplomatic-timeline.html')).href);
    await page.waitForSelector('[data-timeline][data-ready="true"]');
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    await page.close();
  });
});
