import type { Problem } from '../core';

/**
 * Every problem found in the data, by path, so a curator can fix each one; and how many
 * events are shown though not yet cited.
 */
export function ProblemsPanel({
  problems,
  uncited = 0,
}: {
  problems: readonly Problem[];
  uncited?: number;
}) {
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
      {uncited > 0 && (
        <p className="uncited-count">
          {uncited === 1
            ? '1 event is not yet cited: it is shown, marked “Not yet cited”.'
            : `${uncited} events are not yet cited: they are shown, marked “Not yet cited”.`}
        </p>
      )}
      {/* Focusable: the list scrolls when long, and a keyboard must be able to scroll it. */}
      <ul tabIndex={0} aria-label="Problems, by place">
        {problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <span className="severity">{p.severity}</span> <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
