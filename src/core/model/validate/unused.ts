import { label, type Problems } from './problems';

/** A warning for each item no event refers to (a lane no event uses, a source never cited…). */
export function warnUnused(
  items: readonly { id: string }[],
  collection: string,
  used: ReadonlySet<string>,
  message: string,
  problems: Problems,
) {
  items.forEach((item, i) => {
    if (!used.has(item.id))
      problems.push({ severity: 'warning', path: label(collection, i, item), message });
  });
}
