import { useId, useState } from 'react';
import type { Problem } from '../../core';
import type { DraftActor, DraftData } from '../model/draft';
import { useDeskI18n } from '../i18n/DeskI18n';
import { Field, Messages } from './Field';

interface Props {
  readonly data: DraftData;
  readonly value: readonly string[];
  readonly problems: readonly Problem[];
  readonly onChange: (ids: string[]) => void;
  /** Adds an actor and names it on the event. */
  readonly onAdd: (actor: Omit<DraftActor, 'id'>) => void;
}

/** Who took part: a checkbox per actor, or a new actor with office and aliases. */
export function ActorsField({ data, value, problems, onChange, onAdd }: Props) {
  const { t } = useDeskI18n();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DraftActor['kind']>('person');
  const [office, setOffice] = useState('');
  const [aliases, setAliases] = useState('');
  const actors = data.actors ?? [];
  const toggle = (a: string) =>
    onChange(value.includes(a) ? value.filter((x) => x !== a) : [...value, a]);
  const add = () => {
    if (!name.trim()) return;
    onAdd({
      name: name.trim(),
      kind,
      office: office.trim() || undefined,
      aliases: aliases
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    });
    setName('');
    setOffice('');
    setAliases('');
    setAdding(false);
  };
  return (
    <fieldset className="desk-actors">
      <legend>{t('desk.actors')}</legend>
      {actors.length === 0 && <p className="desk-hint">{t('desk.noActors')}</p>}
      <div className="desk-checks">
        {actors.map((a) => (
          <label key={a.id}>
            <input type="checkbox" checked={value.includes(a.id)} onChange={() => toggle(a.id)} />{' '}
            <bdi>{a.name}</bdi>
          </label>
        ))}
      </div>
      {problems.length > 0 && <Messages id={`${id}-msg`} problems={problems} />}
      {adding ? (
        <div className="desk-inline-add desk-new-actor">
          <Field label={t('desk.name')}>
            {(ids) => (
              <input
                {...ids}
                value={name}
                autoFocus
                onChange={(e) => setName(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t('desk.kind')}>
            {(ids) => (
              <select
                {...ids}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as DraftActor['kind'])}
              >
                <option value="person">{t('desk.person')}</option>
                <option value="state">{t('desk.state')}</option>
                <option value="organization">{t('desk.organization')}</option>
              </select>
            )}
          </Field>
          <Field label={t('desk.office')}>
            {(ids) => (
              <input {...ids} value={office} onChange={(e) => setOffice(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t('desk.aliases')} hint={t('desk.commaHint')}>
            {(ids) => (
              <input {...ids} value={aliases} onChange={(e) => setAliases(e.currentTarget.value)} />
            )}
          </Field>
          <div className="desk-row">
            <button type="button" onClick={add} disabled={!name.trim()}>
              {t('desk.addActor')}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              {t('desk.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('desk.newActor')}
        </button>
      )}
    </fieldset>
  );
}
