import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, sourcePath } from '../../tooling/dataset';

/** What a build ships of a dataset: each source file found as the browser will ask for it. */
describe('the dataset a build embeds and copies', () => {
  const dir = resolve('tests/fixtures/file-names');
  const json = join(dir, 'timeline.json');

  it('finds each source as a URL relative to the JSON names it', () => {
    expect(sourcePath(json, 'sources/notes%232.txt')).toBe(join(dir, 'sources/notes#2.txt'));
    expect(sourcePath(json, 'sources/100%25.txt')).toBe(join(dir, 'sources/100%.txt'));
    expect(sourcePath(json, 'sources/sub dir/Le Monde – 10 janv.txt')).toBe(
      join(dir, 'sources/sub dir/Le Monde – 10 janv.txt'),
    );
  });

  it('ships nothing from outside the dataset’s folder, nor from the web', () => {
    expect(sourcePath(json, '../valid/timeline.json')).toBeNull();
    expect(sourcePath(json, '/etc/passwd')).toBeNull();
    expect(sourcePath(json, 'https://example.org/a.txt')).toBeNull();
  });

  it('reads every source of a dataset whose file names a URL reads otherwise', () => {
    const d = readDataset(dir);
    expect([...d.texts.keys()].sort()).toEqual([
      'sources/100%25.txt',
      'sources/notes%232.txt',
      'sources/sub dir/Le Monde – 10 janv.txt',
    ]);
    expect(d.texts.get('sources/notes%232.txt')).toBe('Beta passage two.\n');
  });
});

describe('the static host the browser tests and the bench serve from', () => {
  it('answers a "%" that starts no escape with 400, and keeps serving', async () => {
    const { startStaticServer } = await import('../../tooling/staticServer');
    const { server, origin } = await startStaticServer({ '/': 'tests/fixtures/file-names' });
    try {
      expect((await fetch(`${origin}/sources/100%.txt`)).status).toBe(400);
      const ok = await fetch(`${origin}/sources/notes%232.txt`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('Beta passage two.\n');
    } finally {
      server.close();
    }
  });
});
