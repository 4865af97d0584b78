import { useRef } from 'react';
import { useDeskI18n } from '../i18n/DeskI18n';
import { useDesk } from '../state/DeskProvider';
import type { AutosaveStatus } from './useAutosave';
import type { useDatasetFiles } from './useDatasetFiles';

interface Props {
  readonly files: ReturnType<typeof useDatasetFiles>;
  readonly autosave: AutosaveStatus;
  readonly readingHref: string;
  readonly onNewEvent: () => void;
  readonly isMac: boolean;
}

/** The desk's commands: undo/redo, new event, open, save, download, leave. */
export function DeskToolbar({ files, autosave, readingHref, onNewEvent, isMac }: Props) {
  const { t } = useDeskI18n();
  const canUndo = useDesk((s) => s.past.length > 0);
  const canRedo = useDesk((s) => s.future.length > 0);
  const undo = useDesk((s) => s.undo);
  const redo = useDesk((s) => s.redo);
  const dirty = useDesk((s) => s.dirty);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const mod = isMac ? '⌘' : 'Ctrl+';
  return (
    <div className="desk-toolbar" role="toolbar" aria-label={t('desk.toolbar')}>
      <div className="desk-group">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
          title={t('desk.undoTitle', { keys: `${mod}Z` })}
        >
          {t('desk.undo')}
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
          title={t('desk.redoTitle', { keys: `Shift+${mod}Z` })}
        >
          {t('desk.redo')}
        </button>
        <button type="button" onClick={onNewEvent}>
          {t('desk.newEvent')}
        </button>
      </div>
      <div className="desk-group">
        {files.canPickFolder ? (
          <button type="button" onClick={() => void files.openFolder()}>
            {t('desk.openFolder')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => folderInput.current?.click()}>
              {t('desk.openFolder')}
            </button>
            <input
              ref={(el) => {
                folderInput.current = el;
                el?.setAttribute('webkitdirectory', '');
              }}
              type="file"
              hidden
              aria-label={t('desk.folderInput')}
              onChange={(e) => void files.openPicked(e.currentTarget.files)}
            />
          </>
        )}
        <button type="button" onClick={() => filesInput.current?.click()}>
          {t('desk.openFiles')}
        </button>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          accept=".json,.txt,.zip,application/json,text/plain,application/zip"
          aria-label={t('desk.filesInput')}
          onChange={(e) => void files.openPicked(e.currentTarget.files)}
        />
        <button
          type="button"
          onClick={() => void files.save()}
          aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
          title={t('desk.saveTitle', { keys: `${mod}S` })}
        >
          {dirty ? t('desk.saveDirty') : t('desk.save')}
        </button>
        <button type="button" onClick={files.downloadZip}>
          {t('desk.downloadZip')}
        </button>
        <button type="button" onClick={files.newDataset}>
          {t('desk.newDataset')}
        </button>
        <a className="edit-link" href={readingHref}>
          {t('desk.readingView')}
        </a>
      </div>
      <span className="desk-autosave" role="status">
        {autosave === 'saving'
          ? t('desk.autosaving')
          : autosave === 'saved'
            ? t('desk.autosaved')
            : autosave === 'failed'
              ? t('desk.autosaveFailed')
              : ''}
      </span>
    </div>
  );
}
