import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { Draft } from '../model/draft';

/**
 * Drafts kept in the browser (IndexedDB), one per dataset key, so work survives a reload
 * or a crash. The data and the texts are stored apart: typing changes the data on every
 * keystroke, while the texts (hundreds of KB) change only when a source is added.
 */
export interface DraftStorage {
  load(key: string): Promise<StoredDraft | null>;
  save(key: string, draft: Draft): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every dataset key with a draft, newest first. */
  list(): Promise<{ key: string; title: string; savedAt: number }[]>;
  /** Remembers the folder a draft belongs to, so "Save" after a reload writes back to it. */
  setFolder(key: string, folder: FileSystemDirectoryHandle | undefined): Promise<void>;
}

export interface StoredDraft {
  readonly draft: Draft;
  readonly savedAt: number;
  /** A folder handle (File System Access) the draft was opened from, when there is one. */
  readonly folder?: FileSystemDirectoryHandle;
}

interface DataRecord {
  data: Draft['data'];
  savedAt: number;
  textsId: number;
  title: string;
  folder?: FileSystemDirectoryHandle;
}

export function createDraftStorage(
  dbName = 'diplomatic-timeline-desk',
  now: () => number = Date.now,
): DraftStorage {
  const store: UseStore = createStore(dbName, 'drafts');
  // The texts object last written per key: unchanged texts are not written again.
  const written = new Map<string, { texts: Draft['texts']; id: number }>();
  let counter = 0;
  // One write at a time, in order: a save never interleaves with the one before it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    async load(key) {
      const rec = await get<DataRecord>(`data:${key}`, store);
      if (!rec) return null;
      const texts = (await get<Draft['texts']>(`texts:${key}:${rec.textsId}`, store)) ?? {};
      written.set(key, { texts, id: rec.textsId });
      return { draft: { data: rec.data, texts }, savedAt: rec.savedAt, folder: rec.folder };
    },
    save: (key, draft) =>
      serial(async () => {
        const prev = written.get(key);
        let textsId = prev?.id ?? 0;
        if (!prev || prev.texts !== draft.texts) {
          // A new record for new texts, then the data pointing at it: a crash between the
          // two leaves the old pair whole.
          textsId = now() * 1000 + (counter++ % 1000);
          await set(`texts:${key}:${textsId}`, draft.texts, store);
          written.set(key, { texts: draft.texts, id: textsId });
        }
        const old = await get<DataRecord>(`data:${key}`, store);
        const rec: DataRecord = {
          data: draft.data,
          savedAt: now(),
          textsId,
          title: String(draft.data.title ?? ''),
        };
        if (old?.folder) rec.folder = old.folder;
        await set(`data:${key}`, rec, store);
        if (old && old.textsId !== textsId) await del(`texts:${key}:${old.textsId}`, store);
      }),
    async remove(key) {
      const old = await get<DataRecord>(`data:${key}`, store);
      await del(`data:${key}`, store);
      if (old) await del(`texts:${key}:${old.textsId}`, store);
      written.delete(key);
    },
    async list() {
      const all = (await keys(store)).map(String).filter((k) => k.startsWith('data:'));
      const recs = await Promise.all(
        all.map(async (k) => ({ k, rec: await get<DataRecord>(k, store) })),
      );
      return recs
        .filter((r) => r.rec)
        .map((r) => ({ key: r.k.slice(5), title: r.rec!.title, savedAt: r.rec!.savedAt }))
        .sort((a, b) => b.savedAt - a.savedAt);
    },
    setFolder: (key, folder) =>
      serial(async () => {
        const rec = await get<DataRecord>(`data:${key}`, store);
        if (!rec) return;
        if (folder) rec.folder = folder;
        else delete rec.folder;
        await set(`data:${key}`, rec, store);
      }),
  };
}
