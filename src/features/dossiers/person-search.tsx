import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { birthYearOf, useCitizenSearch } from './use-dossiers';

/** Finds a person in the workspace's register: name without diacritics, ID number or phone. */
export function PersonSearch({ ownerUserId, onPick }: { ownerUserId: string; onPick: (citizenId: string) => void }) {
  const { t } = useTranslation('dossier');
  const id = useId();
  const [query, setQuery] = useState('');
  const results = useCitizenSearch(ownerUserId, query, 5);
  return (
    <div className="form-stack">
      <div className="field" role="search">
        <label htmlFor={id}>{t('person.search')}</label>
        <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {query.trim() && results ? (
        results.length === 0 ? <p className="field-hint" role="status">{t('person.noResults')}</p> : (
          <ul className="record-list">
            {results.map((record) => (
              <li key={record.key}>
                <button type="button" className="record-row record-button" onClick={() => onPick(record.id)}>
                  <Pictogram name="user" />
                  <span className="record-main" lang="vi">{record.data.fullName}</span>
                  <span className="field-hint">{birthYearOf(record)}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
