import { useId } from 'react';
import type { Actor } from '../core';

/** This component's words, in one place (issue 13 moves them to catalogues). */
const STRINGS = {
  label: 'With:',
  office: (office: string) => `(${office})`,
  aliases: (aliases: string) => `(also reported as ${aliases})`,
  officeAndAliases: (office: string, aliases: string) => `(${office}; also reported as ${aliases})`,
  /** How a list of spellings is joined. */
  join: ', ',
};

/** What follows an actor's name: their office and the other spellings of it, if any. */
export function actorQualifier(actor: Actor): string | null {
  const aliases = actor.aliases?.length ? actor.aliases.join(STRINGS.join) : null;
  if (actor.office && aliases) return STRINGS.officeAndAliases(actor.office, aliases);
  if (actor.office) return STRINGS.office(actor.office);
  if (aliases) return STRINGS.aliases(aliases);
  return null;
}

/**
 * The actors of an event, each with the office they held and the other spellings the
 * sources give their name, so a reader meets "Riabkov" in a quote and knows who it is.
 */
export function ActorList({ actors }: { actors: readonly Actor[] }) {
  const id = useId();
  if (actors.length === 0) return null;
  return (
    <div className="actors">
      <span id={id} className="actors-label">
        {STRINGS.label}
      </span>
      <ul aria-labelledby={id}>
        {actors.map((a) => {
          const more = actorQualifier(a);
          return (
            <li key={a.id} className="actor">
              <span className="actor-name">{a.name}</span>
              {more && <span className="actor-more"> {more}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
