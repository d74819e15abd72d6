import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { findProcedure } from '../../domain/catalog/catalog-data';
import { useSession } from '../../lib/session';
import { SyncBadge } from './sync-badge';
import { useActiveCatalog, useCitizenNames, useDossierDrafts, useDossiers, useDraftsOnActiveCatalog } from './use-dossiers';

/** Drafts to resume (days later, too) and dossiers submitted from this device with their sending state. */
export function DossiersPage() {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const user = useSession((s) => s.user)!;
  const drafts = useDossierDrafts(user.userId);
  const dossiers = useDossiers(user.userId);
  const catalog = useActiveCatalog();
  useDraftsOnActiveCatalog(user.userId, catalog?.version);
  const names = useCitizenNames(user.userId, [...(drafts ?? []).map((d) => d.data.citizenId), ...(dossiers ?? []).map((d) => d.citizenId)].filter(Boolean));
  // On a citizen's own phone every dossier is theirs (issue 7 §7).
  if (user.role === 'citizen') names.set(user.userId, user.displayName);
  const procedureOf = (code: string) => (catalog ? findProcedure(catalog, code) : undefined);
  return (
    <Page title={t('list.title')} icon="folder" actions={<>
      <Link className="btn" href="/dossiers/receive"><Pictogram name="qr" /><span>{t('handover.receiveTile')}</span></Link>
      <Link className="btn btn-primary" href="/dossiers/new"><Pictogram name="plus" /><span>{t('list.new')}</span></Link>
    </>}>
      <section aria-labelledby="dossier-drafts-title" className="form-stack tight">
        <h2 id="dossier-drafts-title">{t('list.drafts')}</h2>
        {!drafts ? <p role="status">{t('common:app.loading')}</p> : drafts.length === 0 ? <p>{t('list.noDrafts')}</p> : (
          <ul className="record-list" data-testid="dossier-drafts">
            {drafts.map(({ id, data, updatedAt }) => {
              const procedure = procedureOf(data.procedureCode);
              return (
                <li key={id}>
                  <Link href={`/dossiers/draft/${id}`} className="record-row">
                    <Pictogram name={procedure?.pictogram ?? 'folder'} size={32} />
                    <span className="record-main record-stack">
                      {procedure ? text.name(procedure) : t('list.noProcedure')}
                      <span className="record-sub" lang="vi">{names.get(data.citizenId) ?? t('list.noCitizen')}</span>
                    </span>
                    {data.catalogChanges?.length ? <span className="badge badge-attention"><Pictogram name="warning" size={18} />{t('list.changed')}</span> : null}
                    <span className="field-hint">{text.dateTime(updatedAt)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="dossier-sent-title" className="form-stack tight">
        <h2 id="dossier-sent-title">{t('list.submitted')}</h2>
        {!dossiers ? <p role="status">{t('common:app.loading')}</p> : dossiers.length === 0 ? <p>{t('list.noSubmitted')}</p> : (
          <ul className="record-list" data-testid="dossier-list">
            {dossiers.map((d) => {
              const procedure = procedureOf(d.procedureCode);
              return (
                <li key={d.key}>
                  <Link href={`/dossiers/${d.id}`} className="record-row">
                    <Pictogram name={procedure?.pictogram ?? 'folder'} size={32} />
                    <span className="record-main record-stack">
                      {procedure ? text.name(procedure) : d.procedureCode}
                      <span className="record-sub" lang="vi">{names.get(d.citizenId) ?? ''}</span>
                      <span className="reference-inline">{d.officialCode ?? d.localReference}</span>
                      <span className="record-sub" data-testid="dossier-status">{t(`reference:dossierStatus.${d.status}`)}</span>
                    </span>
                    <SyncBadge state={d.syncState} />
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Page>
  );
}
