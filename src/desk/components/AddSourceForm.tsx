import { useState, type FormEvent } from 'react';
import type { NewSource } from '../model/edits';
import { Field } from './Field';

interface Props {
  readonly onAdd: (source: NewSource) => void;
  readonly onCancel: () => void;
}

/**
 * A new source: its text pasted or read from a file (always as plain text: a textarea and
 * File.text() never make markup of it), and what a reader needs to judge it.
 */
export function AddSourceForm({ onAdd, onCancel }: Props) {
  const [s, setS] = useState<Required<Omit<NewSource, 'kind'>> & { kind: NewSource['kind'] }>({
    title: '',
    text: '',
    kind: 'article',
    publisher: '',
    language: '',
    published: '',
    url: '',
  });
  const [fileNote, setFileNote] = useState('');
  const set = (patch: Partial<typeof s>) => setS((x) => ({ ...x, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!s.title.trim() || !s.text.trim()) return;
    onAdd({ ...s, title: s.title.trim() });
  };
  return (
    <form className="desk-add-source" onSubmit={submit} aria-label="Add a source">
      <Field label="Text file" hint="Or paste the text below">
        {(ids) => (
          <input
            {...ids}
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const text = await file.text();
              setFileNote(`Read ${file.name} (${text.length.toLocaleString('en')} characters)`);
              setS((x) => ({
                ...x,
                text,
                title: x.title || file.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '),
              }));
            }}
          />
        )}
      </Field>
      {fileNote && (
        <p className="desk-hint" role="status">
          {fileNote}
        </p>
      )}
      <Field label="Text of the source">
        {(ids) => (
          <textarea
            {...ids}
            rows={6}
            value={s.text}
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label="Title">
        {(ids) => (
          <input {...ids} value={s.title} onChange={(e) => set({ title: e.currentTarget.value })} />
        )}
      </Field>
      <div className="desk-grid">
        <Field label="Publisher">
          {(ids) => (
            <input
              {...ids}
              value={s.publisher}
              onChange={(e) => set({ publisher: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label="Language" hint="e.g. en, fr">
          {(ids) => (
            <input
              {...ids}
              value={s.language}
              onChange={(e) => set({ language: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label="Published" hint="YYYY, YYYY-MM or YYYY-MM-DD">
          {(ids) => (
            <input
              {...ids}
              value={s.published}
              onChange={(e) => set({ published: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label="Kind">
          {(ids) => (
            <select
              {...ids}
              value={s.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as NewSource['kind'] })}
            >
              <option value="article">Article</option>
              <option value="reference">Reference</option>
            </select>
          )}
        </Field>
      </div>
      <Field label="URL">
        {(ids) => (
          <input
            {...ids}
            type="url"
            value={s.url}
            onChange={(e) => set({ url: e.currentTarget.value })}
          />
        )}
      </Field>
      <div className="desk-row">
        <button type="submit" disabled={!s.title.trim() || !s.text.trim()}>
          Add source
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
