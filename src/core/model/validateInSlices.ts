import {
  completeTimeline,
  startValidation,
  type SourceTexts,
  type ValidatedParts,
  type ValidationResult,
  type ValidationSession,
} from './validate';

/** How far a validation has got: events checked of all of them. */
export interface ValidationProgress {
  readonly done: number;
  readonly total: number;
}

export interface SliceOptions {
  /** Lets the host breathe between slices (a task boundary on a page, nothing in tests). */
  readonly pause: () => Promise<void>;
  readonly onProgress?: (p: ValidationProgress) => void;
  /** Time a slice may take, ms: short enough that input is answered within a frame or two. */
  readonly budgetMs?: number;
  /** The clock (performance.now where there is one). */
  readonly now?: () => number;
}

/** Events checked between looks at the clock. */
const STEP = 256;

/**
 * Runs a validation a slice at a time, pausing between slices and reporting progress.
 * The slices change only when the work happens, never the result (see ValidationSession).
 */
export async function runInSlices(
  session: ValidationSession,
  { pause, onProgress, budgetMs = 12, now = () => performance.now() }: SliceOptions,
): Promise<ValidatedParts> {
  while (session.done < session.total) {
    const until = now() + budgetMs;
    do session.checkNext(STEP);
    while (session.done < session.total && now() < until);
    onProgress?.({ done: session.done, total: session.total });
    if (session.done < session.total) await pause();
  }
  return session.finishParts();
}

/** validateTimeline, a slice at a time. */
export const validateInSlices = async (
  raw: unknown,
  texts: SourceTexts,
  options: SliceOptions,
): Promise<ValidationResult> =>
  completeTimeline(await runInSlices(startValidation(raw, texts), options));
