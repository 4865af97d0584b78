import type { TimelineEventData } from '../schema';

type Report = (path: string, message: string) => void;

/**
 * An event rests on citations, or says it does not yet: `"status": "uncited"` (an import
 * that found no passage for it, or a draft whose summary is not yet marked). Uncited events are shown, marked as such, and
 * each is a warning so the curator sees what is left to cite; quotes an import could not
 * find wait under `unverified`.
 */
export function checkCitedness(
  e: Pick<TimelineEventData, 'status' | 'citations' | 'unverified'>,
  err: Report,
  warn: Report,
): void {
  const uncited = e.status === 'uncited';
  if (!uncited && e.citations.length === 0)
    err(
      '.citations',
      'an event needs at least one citation (or "status": "uncited" until it has one)',
    );
  // A draft (the curator's desk) may gather citations before its summary is marked.
  if (uncited && e.citations.length > 0)
    warn(
      '.status',
      `a draft with ${e.citations.length} citation(s): once its summary is marked, remove "status"`,
    );
  if (uncited && e.citations.length === 0)
    warn('', 'not yet cited: no passage of a source supports it yet');
  const n = e.unverified?.length ?? 0;
  if (n > 0)
    warn(
      '.unverified',
      `${n} quote(s) not found in their source: correct each and move it into citations`,
    );
}
