import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { formatIsoDate, useProcedureText } from '../../components/ui/procedure-text';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import { useRemote } from '../../lib/use-remote';
import { CitizenProfile } from './citizen-profile';
import { DeadlineBadge } from './deadline-badge';
import { DossierActions } from './dossier-actions';
import { DossierAnswers } from './dossier-answers';
import { DossierDocuments } from './dossier-documents';
import { DossierHistory } from './dossier-history';
import { officeRequest } from './office-api';
import type { OfficeDossier } from './office-types';
import { RemoteProblem } from './remote-problem';
import { StatusBadge } from './status-badge';
import { useOfficeCommunes } from './use-office-communes';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** `/office/dossiers/:id`: everything the field sent, the person, the history, and the officer's decisions. */
export function OfficeDossierPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation('office');
  const text = useProcedureText();
  const id = params.id!;
  const remote = useRemote(`dossier:${id}`, () => officeRequest<OfficeDossier>(`/office/dossiers/${id}`));
  const communes = useOfficeCommunes();
  const back = <Link href="/office" className="btn"><Pictogram name="back" /><span>{t('queue.back')}</span></Link>;
  if (!remote.data) {
    return (
      <Page title={t('dossier.title')} icon="folder" actions={back}>
        {remote.error ? <RemoteProblem error={remote.error} onRetry={remote.reload} /> : <p role="status">{t('common.loading')}</p>}
      </Page>
    );
  }
  const { dossier, citizen, events, allowedEvents } = remote.data;
  const f = dossier.fields;
  const procedure = findProcedure(CATALOG, str(f.procedureCode) ?? '');
  const itemLabel = (item: string) => {
    const requirement = procedure?.documents.find((d) => d.id === item);
    return requirement ? text.catalog(requirement.labelKey, item) : item;
  };
  const missing = Array.isArray(f.missingItems) ? (f.missingItems as string[]) : [];
  const confirmation = f.confirmation as { method?: string; signatureImage?: { sha256: string }; witnessName?: string } | undefined;
  const citizenName = str(citizen?.fields.fullName);
  return (
    <Page title={procedure ? text.name(procedure) : (str(f.procedureCode) ?? t('dossier.title'))} icon={procedure?.pictogram ?? 'folder'} actions={back}>
      {remote.error ? <RemoteProblem error={remote.error} onRetry={remote.reload} /> : null}
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">{t('dossier.summary')}</h2>
        <p className="reference" data-testid="office-code">{str(f.officialCode) ?? str(f.localReference)}</p>
        <div className="btn-row office-badges"><StatusBadge status={str(f.status) ?? ''} /><DeadlineBadge state={dossier.deadline} dueDate={str(f.dueDate) ?? null} /></div>
        <dl className="facts">
          <dt>{t('dossier.citizen')}</dt><dd lang="vi">{citizenName ?? '—'}</dd>
          <dt>{t('dossier.localReference')}</dt><dd>{str(f.localReference) ?? '—'}</dd>
          <dt>{t('dossier.submittedAt')}</dt><dd>{str(f.submittedAt) ? text.dateTime(str(f.submittedAt)!) : '—'}</dd>
          <dt>{t('dossier.receivedAt')}</dt><dd>{str(f.receivedAt) ? text.dateTime(str(f.receivedAt)!) : '—'}</dd>
          <dt>{t('dossier.dueDate')}</dt><dd>{str(f.dueDate) ? formatIsoDate(str(f.dueDate)!, i18n.language) : t('deadline.unknown')}</dd>
          <dt>{t('dossier.processing')}</dt><dd>{procedure ? text.processing(procedure.processing) : '—'}</dd>
          <dt>{t('dossier.submittedBy')}</dt><dd lang="vi">{dossier.createdBy?.displayName ?? '—'}</dd>
          <dt>{t('dossier.confirmation')}</dt><dd>{confirmation?.method ? t(`dossier.confirmedBy.${confirmation.method}`, { name: confirmation.witnessName ?? '' }) : '—'}</dd>
          <dt>{t('dossier.signedPapers')}</dt><dd>{[str(f.signedReceipt) ? t('dossier.signedReceipt') : '', str(f.signedResult) ? t('dossier.signedResult') : ''].filter(Boolean).join(', ') || '—'}</dd>
        </dl>
      </section>
      {str(f.status) === 'needsSupplement' ? (
        <Banner tone="warning"><strong>{t('dossier.waitingSupplement')}</strong> {str(f.statusReason)} {missing.length > 0 ? `(${missing.map(itemLabel).join('; ')})` : ''}</Banner>
      ) : null}
      {str(f.status) === 'refused' && str(f.statusReason) ? <Banner tone="danger">{t('dossier.refusedBecause', { reason: str(f.statusReason) })}</Banner> : null}
      <DossierActions dossierId={id} procedure={procedure} allowed={allowedEvents} onDone={remote.reload} />
      {citizen ? <CitizenProfile citizen={citizen} communes={communes.data?.communes ?? []} currentDossierId={id} /> : null}
      <DossierAnswers procedure={procedure} answers={(f.answers as Record<string, unknown> | undefined) ?? {}} persons={(f.persons as Record<string, { fullName?: string }> | undefined) ?? {}}
        citizen={citizen && citizenName ? { id: citizen.id, name: citizenName } : undefined} />
      <DossierDocuments procedure={procedure} documents={(f.documents as Record<string, Array<{ sha256: string }>> | undefined) ?? {}} signature={confirmation?.signatureImage} />
      <DossierHistory events={events} itemLabel={itemLabel} />
    </Page>
  );
}
