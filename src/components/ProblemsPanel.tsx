import type { Problem } from '../core';

/** Every problem found in the data, by path, so a curator can fix each one. */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section
      className={errors > 0 ? 'problems' : 'problems warnings-only'}
      aria-labelledby="problems-heading"
      role="region"
    >
      <h2 id="problems-heading">
        {errors > 0
          ? `This dataset has ${errors} error${errors === 1 ? '' : 's'}${warnings ? ` and ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}; events with errors are not shown`
          : `This dataset has ${warnings} warning${warnings === 1 ? '' : 's'}`}
      </h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <span className="severity">{p.severity}</span> <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
