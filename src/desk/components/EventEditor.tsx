import { useRef, useState } from 'react';
import type { Problem } from '../../core';
import { useTimelineStoreApi } from '../../state';
import { addActor, addLane, deleteEvent, removeCitation, updateEvent } from '../model/edits';
import type { DraftEvent } from '../model/draft';
import { messagesFor, problemsOfEvent } from '../model/fieldProblems';
import { insertMarker } from '../model/markers';
import { useDeskI18n } from '../i18n/DeskI18n';
import { useDesk, useDeskStoreApi } from '../state/DeskProvider';
import { ActorsField } from './ActorsField';
import { CitationList } from './CitationList';
import { DateField } from './DateField';
import { Field, Messages } from './Field';
import { LaneField } from './LaneField';

interface Props {
  readonly problems: readonly Problem[];
  readonly say: (message: string) => void;
  readonly win: Window;
}

/**
 * The event open in the desk, every field of it. Each change is a step of undo (typing in
 * one field is one step), and the validator's messages stand beside the fields they name.
 */
export function EventEditor({ problems, say, win }: Props) {
  const { t } = useDeskI18n();
  const desk = useDeskStoreApi();
  const timeline = useTimelineStoreApi();
  const data = useDesk((s) => s.draft.data);
  const editingId = useDesk((s) => s.editingId);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const index = data.events.findIndex((e) => e.id === editingId);
  const event = data.events[index];
  if (!event || !editingId) return null;

  const byField = problemsOfEvent(problems, index, event);
  const at = (field: string) => byField.get(field) ?? [];
  const change = (patch: Partial<DraftEvent>, field: string) =>
    desk.getState().apply((d) => updateEvent(d, editingId, patch), {
      coalesce: `${editingId}.${field}`,
    });
  const text = (field: keyof DraftEvent) => ({
    value: (event[field] as string | undefined) ?? '',
    onChange: (e: { currentTarget: { value: string } }) =>
      change({ [field]: e.currentTarget.value || undefined } as Partial<DraftEvent>, field),
  });

  const marker = (n: number) => {
    const el = summaryRef.current;
    const caret = el ? el.selectionEnd : event.summary.length;
    const edit = insertMarker(event.summary, caret, n);
    desk.getState().apply((d) => updateEvent(d, editingId, { summary: edit.summary }));
    say(t('desk.markerAdded', { n }));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(edit.caret, edit.caret);
    });
  };

  const copyJson = async () => {
    const json = JSON.stringify(event, null, 2);
    try {
      await win.navigator.clipboard.writeText(json);
      setCopied(null);
      say(t('desk.jsonCopied'));
    } catch {
      setCopied(json); // shown to copy by hand
    }
  };

  return (
    <section className="desk-editor" aria-labelledby="desk-editor-heading">
      <header className="desk-editor-head">
        <h2 id="desk-editor-heading">{t('desk.editEvent')}</h2>
        <div className="desk-row">
          <button type="button" onClick={() => void copyJson()}>
            {t('desk.copyJson')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              desk.getState().apply((d) => deleteEvent(d, editingId), { editing: null });
              timeline.getState().select(null);
              say(t('desk.deleted', { title: event.title || editingId }));
            }}
          >
            {t('desk.deleteEvent')}
          </button>
        </div>
      </header>
      {copied && (
        <Field label={t('desk.jsonField')}>
          {(ids) => (
            <textarea
              {...ids}
              readOnly
              rows={6}
              value={copied}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </Field>
      )}
      {at('').length > 0 && <Messages problems={at('')} />}
      <Field label={t('desk.title')} problems={at('.title')}>
        {(ids) => <input {...ids} dir="auto" {...text('title')} />}
      </Field>
      <Field label={t('desk.id')} problems={at('.id')} hint={t('desk.idHint')}>
        {(ids) => (
          <input
            {...ids}
            value={event.id}
            spellCheck={false}
            onChange={(e) => {
              const id = e.currentTarget.value;
              desk.getState().apply((d) => updateEvent(d, editingId, { id }), {
                coalesce: `${editingId}.id`,
                editing: id,
              });
            }}
          />
        )}
      </Field>
      <DateField
        legend={t('desk.start')}
        value={event.start}
        problems={at('.start')}
        onChange={(start) => change({ start }, 'start')}
      />
      <div className="desk-field desk-check">
        <label>
          <input
            type="checkbox"
            checked={event.end !== undefined}
            onChange={(e) =>
              change({ end: e.currentTarget.checked ? event.start : undefined }, 'end')
            }
          />{' '}
          {t('desk.hasEnd')}
        </label>
      </div>
      {event.end !== undefined && (
        <DateField
          legend={t('desk.end')}
          value={event.end}
          problems={at('.end')}
          onChange={(end) => change({ end }, 'end')}
        />
      )}
      <div className="desk-field desk-check">
        <label>
          <input
            type="checkbox"
            checked={event.approximate === true}
            onChange={(e) =>
              change({ approximate: e.currentTarget.checked || undefined }, 'approximate')
            }
          />{' '}
          {t('desk.approximate')}
        </label>
      </div>
      <Field label={t('desk.dateNote')} problems={at('.dateNote')} hint={t('desk.dateNoteHint')}>
        {(ids) => <textarea {...ids} dir="auto" rows={2} {...text('dateNote')} />}
      </Field>
      <LaneField
        data={data}
        value={event.lane}
        problems={at('.lane')}
        onChange={(lane) => change({ lane }, 'lane')}
        onAdd={(label) =>
          desk.getState().apply((d) => {
            const r = addLane(d, label);
            return updateEvent(r.draft, editingId, { lane: r.id });
          })
        }
      />
      <ActorsField
        data={data}
        value={event.actors ?? []}
        problems={messagesFor(byField, '.actors')}
        onChange={(actors) => change({ actors: actors.length ? actors : undefined }, 'actors')}
        onAdd={(actor) =>
          desk.getState().apply((d) => {
            const r = addActor(d, actor);
            return updateEvent(r.draft, editingId, { actors: [...(event.actors ?? []), r.id] });
          })
        }
      />
      <Field label={t('desk.summary')} problems={at('.summary')} hint={t('desk.summaryHint')}>
        {(ids) => (
          <textarea
            {...ids}
            dir="auto"
            ref={summaryRef}
            rows={5}
            {...text('summary')}
            value={event.summary}
          />
        )}
      </Field>
      <fieldset className="desk-citations-field">
        <legend>{t('desk.citations')}</legend>
        <CitationList
          event={event}
          data={data}
          byField={byField}
          onMarker={marker}
          onRemove={(i) => desk.getState().apply((d) => removeCitation(d, editingId, i))}
          onShow={(i) =>
            timeline
              .getState()
              .openSource({ sourceId: event.citations[i]!.source, eventId: editingId, citation: i })
          }
        />
        {at('.citations').length > 0 && <Messages problems={at('.citations')} />}
      </fieldset>
      <Field label={t('desk.disputed')} problems={at('.disputed')}>
        {(ids) => <textarea {...ids} dir="auto" rows={2} {...text('disputed')} />}
      </Field>
      <div className="desk-field desk-check">
        <label>
          <input
            type="checkbox"
            checked={event.background === true}
            onChange={(e) =>
              change({ background: e.currentTarget.checked || undefined }, 'background')
            }
          />{' '}
          {t('desk.background')}
        </label>
      </div>
      <div className="desk-field desk-check">
        <label>
          <input
            type="checkbox"
            checked={event.status === 'uncited'}
            onChange={(e) =>
              change({ status: e.currentTarget.checked ? 'uncited' : undefined }, 'status')
            }
          />{' '}
          {t('desk.uncited')}
        </label>
        {at('.status').length > 0 && <Messages problems={at('.status')} />}
      </div>
      <TagsField
        key={editingId}
        tags={event.tags ?? []}
        problems={messagesFor(byField, '.tags')}
        onChange={(tags) => change({ tags: tags.length ? tags : undefined }, 'tags')}
      />
    </section>
  );
}

/** Tags as one line of text, kept as typed (a trailing comma survives) while stored clean. */
function TagsField(props: {
  tags: readonly string[];
  problems: readonly Problem[];
  onChange: (tags: string[]) => void;
}) {
  const { t } = useDeskI18n();
  const [textValue, setText] = useState(props.tags.join(', '));
  return (
    <Field label={t('desk.tags')} problems={props.problems} hint={t('desk.commaHint')}>
      {(ids) => (
        <input
          {...ids}
          value={textValue}
          onChange={(e) => {
            setText(e.currentTarget.value);
            props.onChange(
              e.currentTarget.value
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}
