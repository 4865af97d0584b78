import { useId } from 'react';
import { useDeskI18n } from '../i18n/DeskI18n';
import { useDesk } from '../state/DeskProvider';

/** Every event of the draft by title and date, to open one in the editor without a pointer. */
export function EventPicker({ onNew }: { onNew: () => void }) {
  const { t } = useDeskI18n();
  const events = useDesk((s) => s.draft.data.events);
  const editingId = useDesk((s) => s.editingId);
  const edit = useDesk((s) => s.edit);
  const id = useId();
  const sorted = [...events].sort((a, b) => String(a.start).localeCompare(String(b.start)));
  return (
    <div className="desk-picker">
      <div className="desk-picker-field">
        <label htmlFor={id}>{t('desk.event')}</label>
        <select
          id={id}
          value={editingId ?? ''}
          onChange={(e) => edit(e.currentTarget.value || null)}
        >
          <option value="">{events.length ? t('desk.chooseEvent') : t('desk.noEvents')}</option>
          {sorted.map((e) => (
            <option key={e.id} value={e.id}>
              {e.start || t('desk.undated')} · {e.title || e.id}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={onNew}>
        {t('desk.newEvent')}
      </button>
    </div>
  );
}
