import { useState, type FormEvent } from 'react';
import type { NewSource } from '../model/edits';
import { useDeskI18n } from '../i18n/DeskI18n';
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
  const { t } = useDeskI18n();
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
    <form className="desk-add-source" onSubmit={submit} aria-label={t('desk.addSourceForm')}>
      <Field label={t('desk.textFile')} hint={t('desk.textFileHint')}>
        {(ids) => (
          <input
            {...ids}
            type="file"
            accept=".txt,text/plain"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              const text = await file.text();
              setFileNote(t('desk.fileRead', { name: file.name, count: text.length }));
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
      <Field label={t('desk.sourceText')}>
        {(ids) => (
          <textarea
            {...ids}
            dir="auto"
            rows={6}
            value={s.text}
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label={t('desk.title')}>
        {(ids) => (
          <input
            {...ids}
            dir="auto"
            value={s.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
        )}
      </Field>
      <div className="desk-grid">
        <Field label={t('desk.publisher')}>
          {(ids) => (
            <input
              {...ids}
              value={s.publisher}
              onChange={(e) => set({ publisher: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t('desk.language')} hint={t('desk.languageHint')}>
          {(ids) => (
            <input
              {...ids}
              value={s.language}
              onChange={(e) => set({ language: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t('desk.published')} hint={t('desk.publishedHint')}>
          {(ids) => (
            <input
              {...ids}
              value={s.published}
              onChange={(e) => set({ published: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t('desk.kind')}>
          {(ids) => (
            <select
              {...ids}
              value={s.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as NewSource['kind'] })}
            >
              <option value="article">{t('desk.article')}</option>
              <option value="reference">{t('desk.reference')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={t('desk.url')}>
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
          {t('desk.addSource')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('desk.cancel')}
        </button>
      </div>
    </form>
  );
}
