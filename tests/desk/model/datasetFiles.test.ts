import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromFiles, toFiles } from '../../../src/desk/model/datasetFiles';
import { validateDraft } from '../../../src/desk/model/preview';
import { unzipDataset, zipDataset } from '../../../src/desk/persist/zipDataset';

const folder = {
  'timeline.json': readFileSync('tests/fixtures/valid/timeline.json', 'utf8'),
  'sources/talks.txt': readFileSync('tests/fixtures/valid/sources/talks.txt', 'utf8'),
};

describe('a dataset folder, as files and as a .zip', () => {
  it('reads a folder into a draft and writes the same files back', () => {
    const r = fromFiles(folder);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(validateDraft(r.draft).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const out = toFiles(r.draft);
    expect(JSON.parse(out['timeline.json']!)).toEqual(JSON.parse(folder['timeline.json']));
    expect(out['sources/talks.txt']).toBe(folder['sources/talks.txt']);
  });

  it('zips into one folder and unzips to the same files', () => {
    const bytes = zipDataset(folder, 'my-timeline');
    expect(unzipDataset(bytes)).toEqual(folder);
  });

  it('says what is wrong with a folder that has no dataset, or broken JSON', () => {
    expect(fromFiles({ 'notes.txt': 'x' })).toMatchObject({
      ok: false,
      problem: { message: /no timeline\.json/ },
    });
    expect(fromFiles({ 'timeline.json': '{"title": ' })).toMatchObject({
      ok: false,
      problem: { path: 'timeline.json', message: /not valid JSON/ },
    });
  });

  it('never writes a source file outside the folder', () => {
    const r = fromFiles({
      'timeline.json': JSON.stringify({
        title: 't',
        lanes: [],
        events: [],
        sources: [{ id: 'a', title: 'a', kind: 'article', file: '../etc/passwd' }],
      }),
      '../etc/passwd': 'x',
    });
    expect(r.ok && Object.keys(toFiles(r.draft))).toEqual(['timeline.json']);
  });

  it('reads and writes each source where its file points, as the app reads it (a URL)', () => {
    const data = {
      title: 't',
      lanes: [],
      events: [],
      sources: [
        { id: 'a', title: 'a', kind: 'article', file: 'sources/notes%232.txt' },
        { id: 'b', title: 'b', kind: 'article', file: 'sources/sub%20dir/b.txt' },
        { id: 'c', title: 'c', kind: 'article', file: 'sources/Le Monde – 10 janv.txt' },
      ],
    };
    const r = fromFiles({
      'timeline.json': JSON.stringify(data),
      'sources/notes#2.txt': 'A.',
      'sources/sub dir/b.txt': 'B.',
      'sources/Le Monde – 10 janv.txt': 'C.',
    });
    expect(r.ok && r.draft.texts).toEqual({
      'sources/notes%232.txt': 'A.',
      'sources/sub%20dir/b.txt': 'B.',
      'sources/Le Monde – 10 janv.txt': 'C.',
    });
    expect(r.ok && Object.keys(toFiles(r.draft)).sort()).toEqual([
      'sources/Le Monde – 10 janv.txt',
      'sources/notes#2.txt',
      'sources/sub dir/b.txt',
      'timeline.json',
    ]);
  });
});
