import { useId } from 'react';
import '../styles/problems.css';
import type { Problem } from '../core';
import { useI18n } from '../state';

/**
 * Every problem found in the data, by path, so a curator can fix each one; and how many
 * events are shown though not yet cited. The problems' own messages are the validator's
 * (English, like `npm run validate`); the panel around them speaks the reader's language.
 */
export function ProblemsPanel({
  problems,
  uncited = 0,
}: {
  problems: readonly Problem[];
  uncited?: number;
}) {
  const { t } = useI18n();
  const headingId = useId();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section
      className={errors > 0 ? 'problems' : 'problems warnings-only'}
      aria-labelledby={headingId}
      role="region"
    >
      <h2 id={headingId}>
        {errors === 0
          ? t('problems.warnings', { count: warnings })
          : warnings === 0
            ? t('problems.errors', { count: errors })
            : t('problems.errorsAndWarnings', {
                count: errors,
                warnings: t('problems.warningCount', { count: warnings }),
              })}
      </h2>
      {uncited > 0 && <p className="uncited-count">{t('problems.uncited', { count: uncited })}</p>}
      {/* Focusable: the list scrolls when long, and a keyboard must be able to scroll it. */}
      <ul tabIndex={0} aria-label={t('problems.list')}>
        {problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <span className="severity">
              {t(p.severity === 'error' ? 'problems.error' : 'problems.warning')}
            </span>{' '}
            <code>{p.path}</code>:{' '}
            <span lang="en" dir="auto">
              {p.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
