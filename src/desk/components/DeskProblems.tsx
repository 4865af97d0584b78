import type { Problem } from '../../core';

/** Every problem the validator finds in the draft, as `npm run validate` would list them. */
export function DeskProblems({ problems }: { problems: readonly Problem[] }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <details className={`desk-problems${errors ? ' has-errors' : ''}`}>
      <summary>
        {problems.length === 0
          ? 'The validator finds no problems'
          : `The validator finds ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`}
      </summary>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
              <span className="severity">{p.severity}</span> <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
