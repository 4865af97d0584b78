import type { TimelineEventData } from '../schema';
import type { Problems } from './problems';

/**
 * An event rests on citations, or says it does not yet: `"status": "uncited"` with none
 * (an import that found no passage for it). Uncited events are shown, marked as such, and
 * each is a warning so the curator sees what is left to cite; quotes an import could not
 * find wait under `unverified`.
 */
export function checkCitedness(e: TimelineEventData, where: string, problems: Problems): void {
  const uncited = e.status === 'uncited';
  if (!uncited && e.citations.length === 0)
    problems.push({
      severity: 'error',
      path: `${where}.citations`,
      message: 'an event needs at least one citation (or "status": "uncited" until it has one)',
    });
  if (uncited && e.citations.length > 0)
    problems.push({
      severity: 'error',
      path: `${where}.status`,
      message: `"uncited" but it has ${e.citations.length} citation(s): remove the status`,
    });
  if (uncited && e.citations.length === 0)
    problems.push({
      severity: 'warning',
      path: where,
      message: 'not yet cited: no passage of a source supports it yet',
    });
  const n = e.unverified?.length ?? 0;
  if (n > 0)
    problems.push({
      severity: 'warning',
      path: `${where}.unverified`,
      message: `${n} quote(s) not found in their source: correct each and move it into citations`,
    });
}
