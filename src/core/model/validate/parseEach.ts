import type * as z from 'zod/mini';
import { label, show, zodProblems, type Problems } from './problems';

/** Parses each item of a list on its own, so one bad item costs only itself. Duplicate ids are errors. */
export function parseEach<T extends { id: string }>(
  raw: unknown,
  collection: string,
  schema: z.ZodMiniType<T>,
  problems: Problems,
  required: boolean,
): T[] {
  if (raw === undefined && !required) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      severity: 'error',
      path: collection,
      message: `expected a list, got ${raw === undefined ? 'nothing' : show(raw)}`,
    });
    return [];
  }
  const seen = new Set<string>();
  const out: T[] = [];
  raw.forEach((item, i) => {
    const where = label(collection, i, item);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      problems.push(...zodProblems(where, parsed.error));
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({
        severity: 'error',
        path: `${where}.id`,
        message: `duplicate id "${parsed.data.id}"`,
      });
      return;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}
