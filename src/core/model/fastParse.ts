import type * as z from 'zod/mini';
import type { util } from 'zod/v4/core';

/**
 * A fast path for zod/mini's `safeParse` on valid input, built from the schema itself (no
 * second copy of the contract). zod runs jitless here (the CSP forbids its compiled parsers),
 * and at 100,000 events its generic object walk was a third of validation. This walks the
 * same schema with one closure per node and allocates only the output.
 *
 * It answers only when it is sure: the parsed value (exactly what zod returns: a new object
 * with the shape's keys in order, unknown keys dropped, arrays copied) or UNSURE, for any
 * input it would not vouch for (a wrong type, an odd object, a string whose length zod counts
 * in code points) and for any schema part it does not know. On UNSURE the caller asks zod,
 * which gives the verdict and the messages. A property test holds it to zod's answers.
 */
export const UNSURE: unique symbol = Symbol('unsure');
type Parse = (input: unknown) => unknown;

interface Def {
  readonly type: string;
  readonly checks?: readonly { _zod: { def: CheckDef } }[];
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly innerType?: { _zod: { def: Def } };
  readonly element?: { _zod: { def: Def } };
  readonly entries?: Record<string, unknown>;
  readonly catchall?: unknown;
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly when?: unknown;
}

/** A plain data object: what JSON.parse makes. Anything else goes to zod. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

// `describe` only carries documentation (for the JSON Schema): it checks nothing.
const checking = (checks: Def['checks']) =>
  (checks ?? []).filter((c) => c._zod.def.check !== 'describe');

/** A predicate per check, or null when a check is not one this fast path knows. */
function compileChecks(checks: Def['checks'], kind: 'string' | 'array') {
  const tests: ((v: string | unknown[]) => boolean | typeof UNSURE)[] = [];
  for (const c of checking(checks)) {
    const d = c._zod.def;
    if (d.check === 'min_length' && typeof d.minimum === 'number') {
      const min = d.minimum;
      // zod counts a string's code points when its UTF-16 length alone can't settle it.
      tests.push(
        kind === 'array'
          ? (v) => v.length >= min
          : (v) => (v.length >= 2 * min ? true : v.length < min ? false : UNSURE),
      );
    } else if (
      kind === 'string' &&
      d.check === 'string_format' &&
      d.format === 'regex' &&
      d.pattern instanceof RegExp
    ) {
      const re = d.pattern;
      tests.push((v) => {
        re.lastIndex = 0;
        return re.test(v as string);
      });
    } else return null;
  }
  return tests;
}

function compile(def: Def): Parse | null {
  switch (def.type) {
    case 'string': {
      const tests = compileChecks(def.checks, 'string');
      if (!tests) return null;
      return (v) => {
        if (typeof v !== 'string') return UNSURE;
        for (const t of tests) if (t(v) !== true) return UNSURE;
        return v;
      };
    }
    case 'boolean':
      return checking(def.checks).length ? null : (v) => (typeof v === 'boolean' ? v : UNSURE);
    case 'enum': {
      if (checking(def.checks).length || !def.entries) return null;
      const values = new Set(Object.values(def.entries));
      return (v) => (values.has(v) ? v : UNSURE);
    }
    case 'optional': {
      const inner = def.innerType && compile(def.innerType._zod.def);
      return inner ? (v) => (v === undefined ? undefined : inner(v)) : null;
    }
    case 'array': {
      const tests = compileChecks(def.checks, 'array');
      const el = def.element && compile(def.element._zod.def);
      if (!tests || !el) return null;
      return (v) => {
        if (!Array.isArray(v)) return UNSURE;
        for (const t of tests) if (t(v) !== true) return UNSURE;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = el(v[i]);
          if (r === UNSURE) return UNSURE;
          out[i] = r;
        }
        return out;
      };
    }
    case 'object': {
      if (checking(def.checks).length || def.catchall !== undefined || !def.shape) return null;
      const keys = Object.keys(def.shape);
      if (Object.getOwnPropertySymbols(def.shape).length || keys.includes('__proto__')) return null;
      const fields: { key: string; parse: Parse; optional: boolean }[] = [];
      for (const key of keys) {
        const d = def.shape[key]!._zod.def;
        const parse = compile(d);
        if (!parse) return null;
        fields.push({ key, parse, optional: d.type === 'optional' });
      }
      return (v) => {
        if (!isPlain(v)) return UNSURE;
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          if (!(f.key in v)) {
            if (f.optional) continue;
            return UNSURE;
          }
          const r = f.parse(v[f.key]);
          if (r === UNSURE) return UNSURE;
          out[f.key] = r;
        }
        return out;
      };
    }
    default:
      return null;
  }
}

/**
 * `schema.safeParse`, with the fast path in front: the same result for every input, faster
 * for valid ones.
 */
export function fastSafeParse<T>(
  schema: z.ZodMiniType<T>,
): (input: unknown) => util.SafeParseResult<T> {
  const fast = compile((schema as unknown as { _zod: { def: Def } })._zod.def);
  if (!fast) return (input) => schema.safeParse(input);
  return (input) => {
    const r = fast(input);
    return r === UNSURE
      ? schema.safeParse(input)
      : ({ success: true, data: r as T } as util.SafeParseResult<T>);
  };
}

/** Whether the schema is one the fast path covers entirely (else it always defers to zod). */
export const fastPathCovers = (schema: z.ZodMiniType<unknown>) =>
  compile((schema as unknown as { _zod: { def: Def } })._zod.def) !== null;
