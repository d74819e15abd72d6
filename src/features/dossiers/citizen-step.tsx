import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useSession } from '../../lib/session';
import { StepIndicator } from './step-indicator';
import { birthYearOf, useCitizenSearch } from './use-dossiers';

/** Step 1: whose dossier is it? Names found without diacritics ("ha thi xuan"), ID or phone number. */
export function CitizenStep({ onSelect, procedureName }: { onSelect: (citizenId: string) => void; procedureName?: string }) {
  const { t } = useTranslation('dossier');
  const user = useSession((s) => s.user)!;
  const [query, setQuery] = useState('');
  const results = useCitizenSearch(user.userId, query);
  return (
    <Page title={t('new.chooseCitizen')} icon="people">
      <StepIndicator step="citizen" />
      {procedureName ? <p className="chosen-line"><span>{t('new.forProcedure')} <strong>{procedureName}</strong></span></p> : null}
      <div className="field" role="search">
        <label htmlFor="dossier-citizen-search">{t('new.searchCitizen')}</label>
        <input id="dossier-citizen-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" aria-describedby="dossier-citizen-hint" />
        <p id="dossier-citizen-hint" className="field-hint">{t('new.searchCitizenHint')}</p>
      </div>
      <section aria-labelledby="citizen-results-title">
        <h2 id="citizen-results-title">{query ? t('new.results') : t('new.recent')}</h2>
        {!results ? <p role="status">{t('common:app.loading')}</p> : results.length === 0 ? <p>{t('new.noCitizen')}</p> : (
          <ul className="record-list" data-testid="dossier-citizen-results">
            {results.map((record) => (
              <li key={record.key}>
                <button type="button" className="record-row record-button" onClick={() => onSelect(record.id)}>
                  <Pictogram name="user" />
                  <span className="record-main" lang="vi">{record.data.fullName}</span>
                  <span className="field-hint">{birthYearOf(record)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/citizens/new" className="btn"><Pictogram name="personAdd" /><span>{t('new.registerCitizen')}</span></Link>
    </Page>
  );
}
