import { useState } from 'react';
import type { Problem } from '../../core';
import type { DraftData } from '../model/draft';
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
      <Field label="Lane" problems={problems}>
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
          <Field label="New lane’s label">
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
            Add lane
          </button>
          <button type="button" onClick={() => setAdding(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New lane…
        </button>
      )}
    </div>
  );
}
