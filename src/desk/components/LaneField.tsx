import { useState } from 'react';
import type { Problem } from '../../core';
import type { DraftData } from '../model/draft';
import { useDeskI18n } from '../i18n/DeskI18n';
import { Field } from './Field';

interface Props {
  readonly data: DraftData;
  readonly value: string;
  readonly problems: readonly Problem[];
  readonly onChange: (laneId: string) => void;
  /** Adds a lane with this label and puts the event in it. */
  readonly onAdd: (label: string) => void;
}

/** The event's lane, or a new one. */
export function LaneField({ data, value, problems, onChange, onAdd }: Props) {
  const { t } = useDeskI18n();
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const add = () => {
    if (!label.trim()) return;
    onAdd(label.trim());
    setLabel('');
    setAdding(false);
  };
  return (
    <div className="desk-lane">
      <Field label={t('desk.lane')} problems={problems}>
        {(ids) => (
          <select {...ids} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
            {!data.lanes.some((l) => l.id === value) && (
              <option value={value}>{value || '—'}</option>
            )}
            {data.lanes.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {adding ? (
        <div className="desk-inline-add">
          <Field label={t('desk.newLaneLabel')}>
            {(ids) => (
              <input
                {...ids}
                value={label}
                autoFocus
                onChange={(e) => setLabel(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            )}
          </Field>
          <button type="button" onClick={add} disabled={!label.trim()}>
            {t('desk.addLane')}
          </button>
          <button type="button" onClick={() => setAdding(false)}>
            {t('desk.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('desk.newLane')}
        </button>
      )}
    </div>
  );
}
