import type { Problem } from '../../core';
import { useI18n } from '../../state';
import { useDeskI18n } from '../i18n/DeskI18n';

/** Every problem the validator finds in the draft, as `npm run validate` would list them. */
export function DeskProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useDeskI18n();
  const reader = useI18n();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <details className={`desk-problems${errors ? ' has-errors' : ''}`}>
      <summary>
        {problems.length === 0
          ? t('desk.noProblems')
          : t('desk.problems', {
              count: errors,
              warnings: t('desk.warningCount', { count: warnings }),
            })}
      </summary>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
              <span className="severity">
                {reader.t(p.severity === 'error' ? 'problems.error' : 'problems.warning')}
              </span>{' '}
              <code>{p.path}</code>:{' '}
              <span lang="en" dir="auto">
                {p.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
