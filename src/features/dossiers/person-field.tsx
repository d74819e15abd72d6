import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/field';
import { Pictogram } from '../../components/ui/pictogram';
import type { DossierDraft } from '../../db/dossier-types';
import type { PersonRefField } from '../../domain/catalog/catalog-types';
import { isUuid } from '../../shared/ids';
import { pickUnregistered, renamePerson, setAnswer } from './draft-state';
import { PersonName } from './person-name';
import { PersonSearch } from './person-search';

type Props = {
  field: PersonRefField; label: string; help?: string; required: boolean; error?: string;
  draft: DossierDraft; update: (change: (d: DossierDraft) => DossierDraft) => void; ownerUserId: string;
};

/**
 * A person in the dossier: someone in the commune's register (found by name without diacritics), one
 * already named in this dossier, or — for a person not registered, like a father living elsewhere —
 * just a typed name.
 */
export function PersonField({ field, label, help, required, error, draft, update, ownerUserId }: Props) {
  const { t } = useTranslation('dossier');
  const id = useId();
  const [newName, setNewName] = useState('');
  const value = draft.answers[field.id];
  const selected = isUuid(value) ? value : undefined;
  const unregistered = selected ? draft.persons[selected] : undefined;
  const set = (personId: string | undefined) => update((d) => setAnswer(d, field.id, personId));
  const addNew = () => {
    if (newName.trim().length < 2) return;
    update((d) => pickUnregistered(d, field.id, newName));
    setNewName('');
  };
  const known = [...new Set([draft.citizenId, ...Object.values(draft.answers)])].filter((v): v is string => isUuid(v) && v !== selected);
  return (
    <fieldset className="person-field" aria-describedby={[help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend>{label}{required ? <span aria-hidden="true"> *</span> : null}</legend>
      {help ? <p id={`${id}-help`} className="field-hint">{help}</p> : null}
      {selected ? (
        <div className="person-chosen">
          <Pictogram name="user" />
          {unregistered
            ? <TextField label={t('person.fullName')} value={unregistered.fullName} onChange={(v) => update((d) => renamePerson(d, selected, v))} />
            : <strong className="person-chosen-name"><PersonName id={selected} persons={draft.persons} /></strong>}
          <button type="button" className="btn" onClick={() => set(undefined)}>{t('person.change')}</button>
        </div>
      ) : (
        <div className="form-stack">
          {known.length > 0 ? (
            <div className="btn-row" role="group" aria-label={t('person.inThisDossier')}>
              {known.map((personId) => (
                <button key={personId} type="button" className="btn chip" onClick={() => set(personId)}>
                  <Pictogram name="user" size={18} /><PersonName id={personId} persons={draft.persons} />
                </button>
              ))}
            </div>
          ) : null}
          <PersonSearch ownerUserId={ownerUserId} onPick={set} />
          <details className="person-new">
            <summary><Pictogram name="down" className="summary-icon" />{t('person.notInRegister')}</summary>
            <div className="form-stack">
              <TextField label={t('person.newName')} hint={t('person.newNameHint')} value={newName} onChange={setNewName} />
              <button type="button" className="btn" onClick={addNew} disabled={newName.trim().length < 2}>{t('person.add')}</button>
            </div>
          </details>
        </div>
      )}
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
