import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { locateQuote, type IndexedText, type Passage, type Timeline } from '../../core';
import { SourceReader } from '../../components/SourceReader';
import { useTimelineStore, useTimelineStoreApi } from '../../state';
import { addCitation, addEvent, addSource } from '../model/edits';
import { sourceIndex } from '../model/preview';
import { proposeQuote } from '../model/widenQuote';
import { useDeskI18n } from '../i18n/DeskI18n';
import { useDesk, useDeskStoreApi } from '../state/DeskProvider';
import { AddSourceForm } from './AddSourceForm';
import { CiteBar } from './CiteBar';
import { rangeOf } from './textOffsets';
import { useReaderSelection } from './useReaderSelection';

interface Props {
  readonly timeline: Timeline;
  readonly doc: Document;
  readonly say: (message: string) => void;
}

/** The sources: pick one to read, add one, and cite from the selection in the reader. */
export function SourcePanel({ timeline, doc, say }: Props) {
  const { t } = useDeskI18n();
  const desk = useDeskStoreApi();
  const tl = useTimelineStoreApi();
  const draft = useDesk((s) => s.draft);
  const editingId = useDesk((s) => s.editingId);
  const reader = useTimelineStore((s) => s.reader);
  const [adding, setAdding] = useState(false);
  const pickerId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const sourceId = reader?.sourceId ?? null;
  const sel = useReaderSelection(doc, textRef, panelRef, sourceId);

  const index = useMemo(() => (sourceId ? sourceIndex(draft, sourceId) : null), [draft, sourceId]);
  const proposal = useMemo(
    () => (index && sel.range ? proposeQuote(index, sel.range[0], sel.range[1]) : null),
    [index, sel.range],
  );
  const editing = draft.data.events.find((e) => e.id === editingId);

  // Show the widened quote in the text itself (CSS Custom Highlight API, where there is one).
  useEffect(() => {
    const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
      ?.highlights;
    const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!highlights || !HighlightCtor) return;
    const range =
      proposal?.kind === 'unique' && textRef.current
        ? rangeOf(textRef.current, proposal.start, proposal.end)
        : null;
    if (range) highlights.set('desk-proposal', new HighlightCtor(range));
    else highlights.delete('desk-proposal');
    return () => void highlights.delete('desk-proposal');
  }, [proposal]);

  // Passages of draft events the timeline cannot hold yet (no valid date): marked all the same.
  const extraPassages = useMemo(() => {
    if (!sourceId || !index) return [];
    const out: Passage[] = [];
    for (const e of draft.data.events) {
      if (timeline.eventsById.has(e.id)) continue;
      (e.citations ?? []).forEach((c, i) => {
        if (c.source !== sourceId) return;
        const r = located(index, c.quote);
        if (r) out.push({ eventId: e.id, citation: i, start: r[0], end: r[1] });
      });
    }
    return out;
  }, [draft, sourceId, index, timeline]);

  const accept = (target: 'new' | 'event') => {
    if (proposal?.kind !== 'unique' || !sourceId) return;
    const citation = { source: sourceId, quote: proposal.quote };
    let id = editingId;
    desk.getState().apply(
      (d) => {
        let next = d;
        if (target === 'new' || !id) {
          const made = addEvent(d);
          next = made.draft;
          id = made.id;
        }
        return addCitation(next, id!, citation).draft;
      },
      { editing: target === 'new' ? null : editingId },
    );
    if (id) desk.getState().edit(id);
    sel.clear();
    say(target === 'new' ? t('desk.citedNew') : t('desk.citationAdded'));
    // Straight to the new event's first field.
    if (target === 'new')
      requestAnimationFrame(() => doc.querySelector<HTMLElement>('.desk-editor input')?.focus());
  };

  return (
    <section className="desk-sources" aria-labelledby="desk-sources-heading">
      <div className="desk-sources-head">
        <h2 id="desk-sources-heading">{t('desk.sources')}</h2>
        <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {t('desk.addSourceButton')}
        </button>
      </div>
      {adding && (
        <AddSourceForm
          onCancel={() => setAdding(false)}
          onAdd={(s) => {
            let id = '';
            desk.getState().apply((d) => {
              const r = addSource(d, s);
              id = r.id;
              return r.draft;
            });
            setAdding(false);
            tl.getState().openSource({ sourceId: id });
            say(t('desk.sourceAdded', { title: s.title }));
          }}
        />
      )}
      {draft.data.sources.length === 0 && !adding ? (
        <p className="desk-hint">{t('desk.noSources')}</p>
      ) : (
        <div className="desk-picker-field">
          <label htmlFor={pickerId}>{t('desk.sourcePicker')}</label>
          <select
            id={pickerId}
            value={sourceId ?? ''}
            onChange={(e) => {
              const id = e.currentTarget.value;
              if (id) tl.getState().openSource({ sourceId: id });
              else tl.getState().closeSource();
            }}
          >
            <option value="">{t('desk.chooseSource')}</option>
            {draft.data.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="desk-reader" ref={panelRef}>
        {sel.caret && (
          <span
            className="desk-caret"
            aria-hidden="true"
            style={{ left: sel.caret.left, top: sel.caret.top, height: sel.caret.height }}
          />
        )}
        <SourceReader
          timeline={timeline}
          cite={{
            textRef,
            textLabel: t('desk.sourceTextLabel'),
            onTextKeyDown: sel.onKeyDown,
            onTextFocus: sel.onFocus,
            extraPassages,
            tools: (
              <CiteBar
                proposal={proposal}
                eventTitle={editing ? editing.title || t('desk.untitledEvent') : null}
                onNewEvent={() => accept('new')}
                onAddToEvent={() => accept('event')}
                onCancel={sel.clear}
              />
            ),
          }}
        />
      </div>
    </section>
  );
}

/** Where the validator's own lookup finds a quote, when it finds it exactly once. */
function located(index: IndexedText, quote: string): [number, number] | null {
  const r = locateQuote(index, quote);
  return r.kind === 'found' ? [r.start, r.end] : null;
}
