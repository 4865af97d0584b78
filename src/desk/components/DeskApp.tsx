import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { TimelineView } from '../../components/Timeline/TimelineView';
import {
  createTimelineStore,
  TimelineProvider,
  useI18n,
  useTimelineStore,
  useTimelineStoreApi,
} from '../../state';
import type { DeskEnv } from '../env';
import { useDeskI18n } from '../i18n/DeskI18n';
import { addEvent, updateDataset } from '../model/edits';
import { draftView } from '../model/preview';
import { useDesk, useDeskStoreApi } from '../state/DeskProvider';
import { DeskProblems } from './DeskProblems';
import { DeskToolbar } from './DeskToolbar';
import { EventEditor } from './EventEditor';
import { EventPicker } from './EventPicker';
import { SourcePanel } from './SourcePanel';
import { useAutosave } from './useAutosave';
import { useDatasetFiles } from './useDatasetFiles';

/** The curator's desk: the draft on the timeline, the event editor, the sources to cite from. */
export function DeskApp({ env, initialMessage = '' }: { env: DeskEnv; initialMessage?: string }) {
  const [store] = useState(() => createTimelineStore());
  return (
    <TimelineProvider store={store}>
      <DeskLayout env={env} initialMessage={initialMessage} />
    </TimelineProvider>
  );
}

function DeskLayout({ env, initialMessage }: { env: DeskEnv; initialMessage: string }) {
  const { t } = useDeskI18n();
  const { locale, dir } = useI18n();
  const desk = useDeskStoreApi();
  const tl = useTimelineStoreApi();
  const draft = useDesk((s) => s.draft);
  const editingId = useDesk((s) => s.editingId);
  const restored = useDesk((s) => s.restored);
  const target = useDesk((s) => s.place.target);
  const timeline = useTimelineStore((s) => s.timeline);
  const [message, setMessage] = useState(initialMessage);
  const say = useCallback((m: string) => setMessage(m), []);
  // Validation runs on a deferred copy: on a large dataset typing stays ahead of it.
  const checked = useDeferredValue(draft);
  const untitled = t('desk.untitledEvent');
  const view = useMemo(
    () => draftView(checked, editingId, untitled),
    [checked, editingId, untitled],
  );
  const autosave = useAutosave(env);
  const files = useDatasetFiles(env, say);
  const isMac = /Mac|iPhone|iPad/.test(env.win.navigator.platform);

  const shown = useRef<string>('');
  useEffect(() => {
    tl.getState().replaceData(view.timeline, view.problems);
    // Show the event being edited where it is, whenever its date moves it.
    const e = editingId ? view.timeline.eventsById.get(editingId) : undefined;
    const key = e ? `${e.id}:${e.t0}:${e.t1}` : '';
    if (e && key !== shown.current) tl.getState().reveal(e);
    shown.current = key;
  }, [tl, view, editingId]);
  useDeskSelection();

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 's') {
      e.preventDefault(); // the page's own "Save as…" is not what a curator means here
      void files.save();
    } else if (key === 'z' || key === 'y') {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) desk.getState().redo();
      else desk.getState().undo();
    }
  };
  const newEvent = () => {
    let id = '';
    desk.getState().apply((d) => {
      const r = addEvent(d);
      id = r.id;
      return r.draft;
    });
    desk.getState().edit(id);
    say(t('desk.newEventSaid'));
    requestAnimationFrame(() =>
      env.win.document.querySelector<HTMLElement>('.desk-editor input')?.focus(),
    );
  };
  const readingHref = (() => {
    const url = new URL(env.win.location.href);
    const lang = url.searchParams.get('lang');
    url.search = '';
    if (target.url) url.searchParams.set('data', target.url);
    if (lang) url.searchParams.set('lang', lang);
    return url.href;
  })();

  return (
    <div
      className="dt-root dt-full dt-desk"
      lang={locale}
      dir={dir}
      data-timeline=""
      data-ready="true"
      onKeyDown={onKeyDown}
    >
      <header className="app-header desk-header">
        <div className="app-title">
          <p className="desk-mode">{t('desk.mode')}</p>
          <h1 className="sr-only">{t('desk.editing', { title: String(draft.data.title) })}</h1>
          <label className="desk-title-field">
            <span>{t('desk.datasetTitle')}</span>
            <input
              dir="auto"
              value={String(draft.data.title ?? '')}
              onChange={(e) => {
                const title = e.currentTarget.value;
                desk.getState().apply((d) => updateDataset(d, { title }), { coalesce: 'title' });
              }}
            />
          </label>
        </div>
        <DeskToolbar
          files={files}
          autosave={autosave}
          readingHref={readingHref}
          onNewEvent={newEvent}
          isMac={isMac}
        />
      </header>
      <p className="desk-status" role="status" aria-live="polite">
        {message}
      </p>
      {restored && (
        <p className="desk-restored">
          {t('desk.restored')}{' '}
          {(target.origin === 'bundled' || target.origin === 'url') && (
            <button
              type="button"
              onClick={() => {
                void env.storage.remove(target.key).then(() => env.win.location.reload());
              }}
            >
              {t('desk.discard')}
            </button>
          )}
        </p>
      )}
      <DeskProblems problems={view.problems} />
      {timeline && timeline.events.length > 0 ? (
        <TimelineView events={timeline.events} />
      ) : (
        <p className="desk-empty">{t('desk.empty')}</p>
      )}
      <div className="desk-panels">
        <div className="desk-edit-column">
          <EventPicker onNew={newEvent} />
          <EventEditor problems={view.problems} say={say} win={env.win} />
        </div>
        {timeline && <SourcePanel timeline={timeline} doc={env.win.document} say={say} />}
      </div>
    </div>
  );
}

/** The event open in the editor is the one selected on the timeline, both ways. */
function useDeskSelection() {
  const desk = useDeskStoreApi();
  const tl = useTimelineStoreApi();
  useEffect(() => {
    const a = tl.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId && s.selectedId !== desk.getState().editingId)
        desk.getState().edit(s.selectedId);
    });
    const b = desk.subscribe((s, prev) => {
      if (s.editingId !== prev.editingId && s.editingId !== tl.getState().selectedId)
        tl.getState().select(s.editingId);
    });
    return () => {
      a();
      b();
    };
  }, [desk, tl]);
}
