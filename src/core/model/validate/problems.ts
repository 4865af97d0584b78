import type { $ZodError, $ZodIssue } from 'zod/v4/core';
import type { Problem } from '../timeline';

/** Problems as they are found, each with the path of the place it names. */
export type Problems = Problem[];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shortens text quoted in a message (data may hold anything, of any length). */
export const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
// String(): JSON.stringify(undefined) is undefined, not a string.
export const show = (v: unknown) => clip(String(JSON.stringify(v)), 60);

/** zod's issues, as problems under `base`. */
export function zodProblems(base: string, error: $ZodError): Problem[] {
  return error.issues.map((issue: $ZodIssue) => {
    const tail = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('');
    return { severity: 'error' as const, path: base + tail, message: issue.message };
  });
}

/** `events[3] (geneva-talks)`: the index always, the id when the item has one. */
export function label(collection: string, index: number, item: unknown): string {
  const id = isObject(item) && typeof item.id === 'string' ? ` (${clip(item.id, 40)})` : '';
  return `${collection}[${index}]${id}`;
}

// Control characters, line breaks and the marks that reorder text on screen: matching them is
// the point here.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * "events[12] (geneva-talks).citations[0].quote: not found …", one line for a terminal: the
 * data's control characters, line breaks and reordering marks are written as `\u001b` and
 * the like, so a dataset cannot clear the screen, colour it, forge a line of its own or
 * reorder what is shown.
 */
export const formatProblem = (p: Problem) =>
  `${p.path}: ${p.message}`.replace(
    UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
