import type { Problem } from '../../core';
import { label } from '../../core/model/validate/problems';

/**
 * The validator's problems for one event, by the field they name (".title", ".start",
 * ".citations[0].quote", or "" for the event as a whole), so the form can show each
 * message beside its field, in the validator's own words.
 */
export function problemsOfEvent(
  problems: readonly Problem[],
  index: number,
  event: unknown,
): Map<string, Problem[]> {
  const prefix = label('events', index, event);
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.path.startsWith(prefix)) continue;
    const field = p.path.slice(prefix.length);
    if (field !== '' && !field.startsWith('.') && !field.startsWith('[')) continue;
    const list = out.get(field);
    if (list) list.push(p);
    else out.set(field, [p]);
  }
  return out;
}

/** The messages for a field and everything under it (".citations" takes ".citations[0].quote"). */
export function messagesFor(byField: ReadonlyMap<string, Problem[]>, field: string): Problem[] {
  const out: Problem[] = [];
  for (const [f, list] of byField)
    if (f === field || f.startsWith(`${field}.`) || f.startsWith(`${field}[`)) out.push(...list);
  return out;
}
