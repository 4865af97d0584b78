import { distance } from 'fastest-levenshtein';
import type * as z from 'zod/mini';
import { isObject, label, type Problems } from './problems';

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
};
const defOf = (s: z.ZodMiniType) => (s as unknown as { def: Def }).def;

/** The known name closest to a misspelt one, when it is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/**
 * Warns on every field the schema does not know, anywhere in the data, naming the closest
 * known one ("events[3] (x).lanee: unknown field; did you mean "lane"?"). The schema itself
 * strips such fields, so without this a typo would vanish silently.
 */
export function warnUnknownFields(schema: z.ZodMiniType, raw: unknown, problems: Problems): void {
  const walk = (s: z.ZodMiniType, v: unknown, path: string, top: boolean) => {
    let def = defOf(s);
    while (def.innerType && (def.type === 'optional' || def.type === 'nullable'))
      def = defOf(def.innerType);
    if (def.type === 'object' && def.shape && isObject(v)) {
      const known = Object.keys(def.shape);
      for (const key of Object.keys(v)) {
        const at = path ? `${path}.${key}` : key;
        const field = def.shape[key];
        if (field) {
          walk(field, v[key], at, top && path === '');
          continue;
        }
        const near = closestName(key, known);
        problems.push({
          severity: 'warning',
          path: at,
          message: near
            ? `unknown field; did you mean "${near}"?`
            : `unknown field (known here: ${known.join(', ')})`,
        });
      }
    } else if (def.type === 'array' && def.element && Array.isArray(v)) {
      // Top-level lists are named as everywhere else: events[3] (its-id).
      v.forEach((item, i) =>
        walk(def.element!, item, top ? label(path, i, item) : `${path}[${i}]`, false),
      );
    }
  };
  walk(schema, raw, '', true);
}
