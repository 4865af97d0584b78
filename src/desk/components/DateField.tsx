import { useId } from 'react';
import type { Precision, Problem } from '../../core';
import { fromParts, toParts, UTC_OFFSETS, type DateParts } from '../model/dateParts';
import { useI18n } from '../../state';
import type { DeskKey } from '../i18n/en';
import { useDeskI18n } from '../i18n/DeskI18n';
import { Messages } from './Field';

const PRECISIONS: { value: Precision; label: DeskKey }[] = [
  { value: 'year', label: 'desk.precisionYear' },
  { value: 'month', label: 'desk.precisionMonth' },
  { value: 'day', label: 'desk.precisionDay' },
  { value: 'minute', label: 'desk.precisionMinute' },
];

interface Props {
  readonly legend: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problems: readonly Problem[];
}

/**
 * A contract date edited by its precision: a year; a month of a year; a day; or a time of
 * day with the UTC offset of the place. What is shown is what the data will say: nothing
 * is filled in that the curator did not choose.
 */
export function DateField({ legend, value, onChange, problems }: Props) {
  const id = useId();
  const { t } = useDeskI18n();
  // Month names in the reader's language, through Intl.
  const months = useI18n().dates.months();
  const p = toParts(value);
  const set = (patch: Partial<DateParts>) => onChange(fromParts({ ...p, ...patch }));
  const errors = problems.some((x) => x.severity === 'error');
  const msgId = `${id}-msg`;
  const described = problems.length ? msgId : undefined;
  const invalid = errors || undefined;
  return (
    <fieldset className={`desk-date${errors ? ' has-error' : ''}`}>
      <legend>{legend}</legend>
      <div className="desk-date-row">
        <div className="desk-date-part">
          <label htmlFor={`${id}-prec`}>{t('desk.precision')}</label>
          <select
            id={`${id}-prec`}
            value={p.precision}
            onChange={(e) => set({ precision: e.currentTarget.value as Precision })}
          >
            {PRECISIONS.map((x) => (
              <option key={x.value} value={x.value}>
                {t(x.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="desk-date-part">
          <label htmlFor={`${id}-year`}>{t('desk.year')}</label>
          <input
            id={`${id}-year`}
            className="desk-year"
            inputMode="numeric"
            value={p.year}
            placeholder="2022"
            aria-describedby={described}
            aria-invalid={invalid}
            onChange={(e) => set({ year: e.currentTarget.value })}
          />
        </div>
        {p.precision !== 'year' && (
          <div className="desk-date-part">
            <label htmlFor={`${id}-month`}>{t('desk.month')}</label>
            <select
              id={`${id}-month`}
              value={p.month}
              aria-describedby={described}
              aria-invalid={invalid}
              onChange={(e) => set({ month: e.currentTarget.value })}
            >
              <option value="">—</option>
              {months.map((m, i) => (
                <option key={i} value={String(i + 1).padStart(2, '0')}>
                  {m}
                </option>
              ))}
            </select>
          </div>
        )}
        {(p.precision === 'day' || p.precision === 'minute') && (
          <div className="desk-date-part">
            <label htmlFor={`${id}-day`}>{t('desk.day')}</label>
            <input
              id={`${id}-day`}
              className="desk-day"
              inputMode="numeric"
              value={p.day}
              aria-describedby={described}
              aria-invalid={invalid}
              onChange={(e) => set({ day: e.currentTarget.value })}
            />
          </div>
        )}
        {p.precision === 'minute' && (
          <>
            <div className="desk-date-part">
              <label htmlFor={`${id}-time`}>{t('desk.time')}</label>
              <input
                id={`${id}-time`}
                type="time"
                value={p.time}
                aria-describedby={described}
                aria-invalid={invalid}
                onChange={(e) => set({ time: e.currentTarget.value })}
              />
            </div>
            <div className="desk-date-part">
              <label htmlFor={`${id}-offset`}>{t('desk.offset')}</label>
              <select
                id={`${id}-offset`}
                value={p.offset}
                aria-describedby={described}
                aria-invalid={invalid}
                onChange={(e) => set({ offset: e.currentTarget.value })}
              >
                <option value="">—</option>
                <option value="Z">UTC (Z)</option>
                {!UTC_OFFSETS.includes(p.offset) && p.offset && p.offset !== 'Z' && (
                  <option value={p.offset}>{p.offset}</option>
                )}
                {UTC_OFFSETS.map((o) => (
                  <option key={o} value={o}>
                    UTC{o}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
      </div>
      <p className="desk-hint">
        {t('desk.storedAs')} <code dir="ltr">{value || t('desk.nothingYet')}</code>
      </p>
      {problems.length > 0 && <Messages id={msgId} problems={problems} />}
    </fieldset>
  );
}
