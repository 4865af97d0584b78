import { useId } from 'react';
import type { Actor, I18n } from '../core';
import { useI18n } from '../state';

/** What follows an actor's name: their office and the other spellings of it, if any. */
export function actorQualifier(actor: Actor, i18n: I18n): string | null {
  const aliases = actor.aliases?.length ? i18n.list(actor.aliases) : null;
  if (actor.office && aliases)
    return i18n.t('actors.officeAndAliases', { office: actor.office, aliases });
  if (actor.office) return i18n.t('actors.office', { office: actor.office });
  if (aliases) return i18n.t('actors.aliases', { aliases });
  return null;
}

/**
 * The actors of an event, each with the office they held and the other spellings the
 * sources give their name, so a reader meets "Riabkov" in a quote and knows who it is.
 */
export function ActorList({ actors }: { actors: readonly Actor[] }) {
  const id = useId();
  const i18n = useI18n();
  if (actors.length === 0) return null;
  return (
    <div className="actors">
      <span id={id} className="actors-label">
        {i18n.t('actors.label')}
      </span>
      <ul aria-labelledby={id}>
        {actors.map((a) => {
          const more = actorQualifier(a, i18n);
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
