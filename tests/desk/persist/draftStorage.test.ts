import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blankDraft } from '../../../src/desk/model/draft';
import { addSource, updateDataset } from '../../../src/desk/model/edits';
import { createDraftStorage } from '../../../src/desk/persist/draftStorage';

describe('drafts kept in IndexedDB, per dataset', () => {
  it('gives back what was saved, under its own key only', async () => {
    const storage = createDraftStorage('test-a');
    const d = addSource(blankDraft('Mine'), { title: 'S', text: 'Some text.' }).draft;
    await storage.save('local:1', d);
    expect(await storage.load('other')).toBeNull();
    // A new storage object, as after a reload.
    const again = await createDraftStorage('test-a').load('local:1');
    expect(again?.draft).toEqual(d);
  });

  it('keeps the texts when only the data changes, and drops texts no longer used', async () => {
    const storage = createDraftStorage('test-b');
    let d = addSource(blankDraft(), { title: 'S', text: 'One.' }).draft;
    await storage.save('k', d);
    d = updateDataset(d, { title: 'Renamed' });
    await storage.save('k', d);
    d = addSource(d, { title: 'T', text: 'Two.' }).draft;
    await storage.save('k', d);
    const back = await createDraftStorage('test-b').load('k');
    expect(back?.draft.data.title).toBe('Renamed');
    expect(back?.draft.texts).toEqual(d.texts);
    expect((await storage.list()).map((x) => x.key)).toEqual(['k']);
  });

  it('writes in order: the last save wins even when saves overlap', async () => {
    const storage = createDraftStorage('test-c');
    const saves = ['a', 'b', 'c'].map((t) =>
      storage.save('k', updateDataset(blankDraft(), { title: t })),
    );
    await Promise.all(saves);
    expect((await storage.load('k'))?.draft.data.title).toBe('c');
  });
});
