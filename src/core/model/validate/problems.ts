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

/** "events[12] (geneva-talks).citations[0].quote: not found …" */
export const formatProblem = (p: Problem) => `${p.path}: ${p.message}`;
