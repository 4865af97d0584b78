import { useRef } from 'react';
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
  const canUndo = useDesk((s) => s.past.length > 0);
  const canRedo = useDesk((s) => s.future.length > 0);
  const undo = useDesk((s) => s.undo);
  const redo = useDesk((s) => s.redo);
  const dirty = useDesk((s) => s.dirty);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const mod = isMac ? '⌘' : 'Ctrl+';
  return (
    <div className="desk-toolbar" role="toolbar" aria-label="Desk">
      <div className="desk-group">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
          title={`Undo (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
          title={`Redo (Shift+${mod}Z)`}
        >
          Redo
        </button>
        <button type="button" onClick={onNewEvent}>
          New event
        </button>
      </div>
      <div className="desk-group">
        {files.canPickFolder ? (
          <button type="button" onClick={() => void files.openFolder()}>
            Open folder…
          </button>
        ) : (
          <>
            <button type="button" onClick={() => folderInput.current?.click()}>
              Open folder…
            </button>
            <input
              ref={(el) => {
                folderInput.current = el;
                el?.setAttribute('webkitdirectory', '');
              }}
              type="file"
              hidden
              aria-label="Dataset folder"
              onChange={(e) => void files.openPicked(e.currentTarget.files)}
            />
          </>
        )}
        <button type="button" onClick={() => filesInput.current?.click()}>
          Open files…
        </button>
        <input
          ref={filesInput}
          type="file"
          multiple
          hidden
          accept=".json,.txt,.zip,application/json,text/plain,application/zip"
          aria-label="Dataset files (timeline.json and its texts, or a .zip)"
          onChange={(e) => void files.openPicked(e.currentTarget.files)}
        />
        <button
          type="button"
          onClick={() => void files.save()}
          aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
          title={`Save (${mod}S)`}
        >
          Save{dirty ? ' *' : ''}
        </button>
        <button type="button" onClick={files.downloadZip}>
          Download dataset
        </button>
        <button type="button" onClick={files.newDataset}>
          New dataset
        </button>
        <a className="edit-link" href={readingHref}>
          Reading view
        </a>
      </div>
      <span className="desk-autosave" role="status">
        {autosave === 'saving'
          ? 'Keeping the draft…'
          : autosave === 'saved'
            ? 'Draft kept in this browser'
            : autosave === 'failed'
              ? 'Could not keep the draft in this browser'
              : ''}
      </span>
    </div>
  );
}
