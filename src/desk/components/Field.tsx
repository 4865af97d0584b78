import { useId, type ReactElement, type ReactNode } from 'react';
import type { Problem } from '../../core';
import { useI18n } from '../../state';

interface Props {
  readonly label: string;
  /** The validator's problems for this field, shown beside it in its own words. */
  readonly problems?: readonly Problem[];
  readonly hint?: ReactNode;
  /** Renders the control with the ids it must carry. */
  readonly children: (ids: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': boolean | undefined;
  }) => ReactElement;
  readonly className?: string;
}

/** A labelled control with its hint and the validator's messages for it. */
export function Field({ label, problems = [], hint, children, className }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;
  const errors = problems.filter((p) => p.severity === 'error');
  const describedBy = [hint ? hintId : '', problems.length ? msgId : ''].filter(Boolean).join(' ');
  return (
    <div className={`desk-field${errors.length ? ' has-error' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': errors.length ? true : undefined,
      })}
      {hint && (
        <p className="desk-hint" id={hintId}>
          {hint}
        </p>
      )}
      {problems.length > 0 && <Messages id={msgId} problems={problems} />}
    </div>
  );
}

/** The validator's messages, each with its severity. */
export function Messages({ id, problems }: { id?: string; problems: readonly Problem[] }) {
  const { t } = useI18n();
  return (
    <ul className="desk-messages" id={id}>
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <span className="severity">
            {t(p.severity === 'error' ? 'problems.error' : 'problems.warning')}:
          </span>{' '}
          <span lang="en" dir="auto">
            {p.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
