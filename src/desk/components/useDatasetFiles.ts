import { useCallback } from 'react';
import { blankDraft, type Draft } from '../model/draft';
import { fromFiles, toFiles, type DatasetFiles } from '../model/datasetFiles';
import { slugify } from '../model/slug';
import { hrefForTarget, type DeskEnv, type DeskTarget } from '../env';
import {
  canPickFolder,
  download,
  pickFolder,
  readFolder,
  readPickedFiles,
  writeFolder,
} from '../persist/folderAccess';
import { unzipDataset, zipDataset } from '../persist/zipDataset';
import { useDeskI18n } from '../i18n/DeskI18n';
import { useDeskStoreApi } from '../state/DeskProvider';

/** Opening, saving and handing over a dataset: folder, files, .zip. */
export function useDatasetFiles(env: DeskEnv, say: (m: string) => void) {
  const desk = useDeskStoreApi();
  const { t } = useDeskI18n();
  const error = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const blank = () => blankDraft(t('desk.untitledTimeline'), t('desk.mainLane'));

  const switchTo = useCallback(
    (
      target: DeskTarget,
      draft: Draft,
      opts: { folder?: FileSystemDirectoryHandle | null; jsonName?: string },
    ) => {
      desk.getState().setPlace({
        target,
        folder: opts.folder ?? null,
        jsonName: opts.jsonName ?? 'timeline.json',
      });
      desk.getState().reset(draft);
      env.win.history.replaceState(null, '', hrefForTarget(env.win.location, target));
      void env.storage
        .save(target.key, draft)
        .then(() => env.storage.setFolder(target.key, opts.folder ?? undefined))
        .catch(() => undefined);
    },
    [env, desk],
  );

  const openFiles = useCallback(
    (files: DatasetFiles, name: string, folder?: FileSystemDirectoryHandle) => {
      const r = fromFiles(files);
      if (!r.ok) {
        say(t('desk.openFailed', { name, path: r.problem.path, message: r.problem.message }));
        return;
      }
      switchTo({ key: `folder:${name}`, origin: 'folder' }, r.draft, {
        folder,
        jsonName: r.jsonName,
      });
      say(
        t('desk.opened', {
          name,
          count: r.draft.data.events.length,
          sources: t('desk.sourceCount', { count: r.draft.data.sources.length }),
        }),
      );
    },
    [switchTo, say, t],
  );

  const downloadZip = () => {
    const { draft, place } = desk.getState();
    const name = slugify(String(draft.data.title ?? ''), 'timeline');
    download(
      env.win.document,
      zipDataset(toFiles(draft, place.jsonName), name),
      `${name}.zip`,
      'application/zip',
    );
    desk.getState().markSaved();
    say(t('desk.zipped', { name: `${name}.zip` }));
  };

  return {
    canPickFolder: canPickFolder(env.win),
    async openFolder() {
      try {
        const dir = await pickFolder(env.win);
        if (dir) openFiles(await readFolder(dir), dir.name, dir);
      } catch (e) {
        say(t('desk.folderFailed', { message: error(e) }));
      }
    },
    async openPicked(list: FileList | null) {
      if (!list || list.length === 0) return;
      const first = list[0]!;
      if (list.length === 1 && /\.zip$/i.test(first.name)) {
        try {
          const files = unzipDataset(new Uint8Array(await first.arrayBuffer()));
          openFiles(files, first.name.replace(/\.zip$/i, ''));
        } catch (e) {
          say(t('desk.fileFailed', { name: first.name, message: error(e) }));
        }
        return;
      }
      const folder = first.webkitRelativePath.split('/')[0] || first.name.replace(/\.json$/i, '');
      openFiles(await readPickedFiles(list), folder);
    },
    newDataset() {
      const key = `local:${Date.now().toString(36)}`;
      switchTo({ key, origin: 'local' }, blank(), {});
      say(t('desk.newDatasetSaid'));
    },
    downloadZip,
    async save() {
      const { draft, place } = desk.getState();
      const files = toFiles(draft, place.jsonName);
      try {
        let folder = place.folder;
        if (!folder && canPickFolder(env.win)) {
          folder = await pickFolder(env.win);
          if (!folder) return;
          desk.getState().setPlace({ folder });
          void env.storage.setFolder(place.target.key, folder).catch(() => undefined);
        }
        if (folder) {
          await writeFolder(folder, files);
          desk.getState().markSaved();
          say(t('desk.savedTo', { name: folder.name }));
        } else {
          downloadZip();
        }
      } catch (e) {
        say(t('desk.saveFailed', { message: error(e) }));
      }
    },
  };
}
