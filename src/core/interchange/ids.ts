/** Ids for things an import creates: readable, valid under the schema's id rule, unique. */

/** "NATO–Russia Council" → "nato-russia-council"; "" when nothing usable is left. */
export function slugify(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const isValidId = (s: string) => ID.test(s);

/** Hands out ids: the wanted one when free and valid, else a slug of it, with -2, -3… when taken. */
export class IdAllocator {
  readonly #taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const t of taken) this.#taken.add(t);
  }

  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /** Reserves an id exactly as given (the caller has checked it is free and valid). */
  take(id: string): string {
    this.#taken.add(id);
    return id;
  }

  /** A fresh id made from `wanted` (an id or a label), or from `fallback` when that is empty. */
  fresh(wanted: string, fallback: string): string {
    // An id as given stays ("talks-2"); a label becomes a slug ("Antiquity" → "antiquity").
    const base =
      isValidId(wanted) && wanted === wanted.toLowerCase() ? wanted : slugify(wanted) || fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}-${n}`;
    return this.take(id);
  }
}
