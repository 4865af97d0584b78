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

/** What the walk needs of a schema: an object's fields, an array's items; null for a leaf. */
type Shape =
  | {
      readonly kind: 'object';
      readonly known: readonly string[];
      readonly fields: Map<string, Shape | null>;
    }
  | { readonly kind: 'array'; readonly item: Shape | null };

const compiled = new WeakMap<z.ZodMiniType, Shape | null>();

// Compiled once per schema: validating 100,000 events walks the same few shapes.
function compile(s: z.ZodMiniType): Shape | null {
  if (compiled.has(s)) return compiled.get(s)!;
  let def = defOf(s);
  while (def.innerType && (def.type === 'optional' || def.type === 'nullable'))
    def = defOf(def.innerType);
  let shape: Shape | null = null;
  if (def.type === 'object' && def.shape) {
    const fields = new Map<string, Shape | null>();
    shape = { kind: 'object', known: Object.keys(def.shape), fields };
    compiled.set(s, shape);
    for (const [k, f] of Object.entries(def.shape)) fields.set(k, compile(f));
  } else if (def.type === 'array' && def.element) {
    shape = { kind: 'array', item: compile(def.element) };
  }
  compiled.set(s, shape);
  return shape;
}

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
  // The path is kept as a stack of keys and indexes and spelt out only when there is
  // something to say: building one per field of 100,000 events would cost more than the walk.
  const stack: (string | number)[] = [];
  const pathOf = () => {
    let out = '';
    let node: unknown = raw;
    stack.forEach((seg, depth) => {
      const next = (node as Record<string | number, unknown> | null)?.[seg];
      if (typeof seg === 'string') out = out ? `${out}.${seg}` : seg;
      // Top-level lists are named as everywhere else: events[3] (its-id).
      else out = depth === 1 ? label(out, seg, next) : `${out}[${seg}]`;
      node = next;
    });
    return out;
  };
  const walk = (shape: Shape | null, v: unknown) => {
    if (!shape) return;
    if (shape.kind === 'object') {
      if (!isObject(v)) return;
      for (const key in v) {
        const field = shape.fields.get(key);
        if (field === null) continue;
        stack.push(key);
        if (field) walk(field, v[key]);
        else {
          const near = closestName(key, shape.known);
          problems.push({
            severity: 'warning',
            path: pathOf(),
            message: near
              ? `unknown field; did you mean "${near}"?`
              : `unknown field (known here: ${shape.known.join(', ')})`,
          });
        }
        stack.pop();
      }
    } else if (Array.isArray(v) && shape.item) {
      for (let i = 0; i < v.length; i++) {
        stack.push(i);
        walk(shape.item, v[i]);
        stack.pop();
      }
    }
  };
  walk(compile(schema), raw);
}
