import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDir, npmStart, repo } from './cli';

describe('npm run serve, from a folder of the user’s', { timeout: 60_000 }, () => {
  const cwd = freshDir();
  cpSync(join(repo, 'tests/fixtures/varied'), join(cwd, 'varied'), { recursive: true });
  const server = npmStart(cwd, 'serve', [
    'varied',
    '--port',
    String(20_000 + Math.floor(Math.random() * 20_000)),
  ]);
  afterAll(() => server.stop());

  it('prints a URL that opens the app on that dataset, both from one origin', async () => {
    const url = new URL(await server.url);
    expect(url.searchParams.get('data')).toBe('dataset/timeline.json');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const data = await fetch(new URL(url.searchParams.get('data')!, url));
    expect((await data.json()).title).toBe('Fixture: a varied dataset');
    const text = await fetch(new URL('dataset/sources/letters.txt', url));
    expect(await text.text()).toContain('Letters from the talks');
  });

  it('serves nothing of the user’s outside the dataset folder', async () => {
    writeFileSync(join(cwd, 'secret.txt'), 'not for the web');
    const url = new URL(await server.url);
    for (const path of [
      '/dataset/%2e%2e/secret.txt',
      '/dataset/..%2fsecret.txt',
      '/dataset/%2e%2e%2fsecret.txt',
    ])
      expect(await (await fetch(new URL(path, url))).text(), path).not.toContain('not for the web');
  });
});
