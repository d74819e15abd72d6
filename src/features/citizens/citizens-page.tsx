import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { useSession } from '../../lib/session';
import { SyncStateBadge } from './sync-state-badge';
import { useCitizenSearch, useRegistrationDrafts } from './use-citizens';
import type { RegistrationForm } from './registration-form';

/** Find people (name without diacritics, ID number, phone) and see what has been sent. */
export function CitizensPage() {
  const { t } = useTranslation('citizen');
  const user = useSession((s) => s.user)!;
  const [query, setQuery] = useState('');
  const results = useCitizenSearch(user.userId, query);
  const drafts = useRegistrationDrafts(user.userId);
  return (
    <Page title={t('list.title')} icon="people" actions={<Link className="btn btn-primary" href="/citizens/new"><Pictogram name="personAdd" /><span>{t('list.register')}</span></Link>}>
      <div className="field" role="search">
        <label htmlFor="citizen-search">{t('list.search')}</label>
        <input id="citizen-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" aria-describedby="citizen-search-hint" />
        <p id="citizen-search-hint" className="field-hint">{t('list.searchHint')}</p>
      </div>
      {drafts && drafts.length > 0 && !query ? (
        <section className="card" aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('list.drafts')}</h2>
          <ul className="record-list">
            {drafts.map((draft) => {
              const form = draft.data as RegistrationForm;
              return (
                <li key={draft.id}>
                  <Link href={`/citizens/register/${draft.id}`} className="record-row">
                    <Pictogram name="correction" />
                    <span className="record-main">{form.fullName || t('list.unnamed')}</span>
                    <span className="field-hint">{new Date(draft.updatedAt).toLocaleString()}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="results-title">
        <h2 id="results-title">{query ? t('list.results') : t('list.recent')}</h2>
        {!results ? <p role="status">{t('common:app.loading')}</p> : results.length === 0 ? <p>{query ? t('list.noResults') : t('list.empty')}</p> : (
          <ul className="record-list" data-testid="citizen-results">
            {results.map((record) => (
              <li key={record.key}>
                <Link href={`/citizens/${record.id}`} className="record-row">
                  <Pictogram name="user" />
                  <span className="record-main">{record.data.fullName}</span>
                  <span className="field-hint">{record.data.birthDate?.slice(0, 4) ?? record.data.birthYear ?? ''}</span>
                  <SyncStateBadge state={record.syncState} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
