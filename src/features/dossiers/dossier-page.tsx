import { useTranslation } from 'react-i18next';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { findProcedure } from '../../domain/catalog/catalog-data';
import { useRouter } from '../../lib/router';
import { useSession } from '../../lib/session';
import { SupplementPanel } from './supplement-panel';
import { SyncBadge } from './sync-badge';
import { useCatalogOf, useCitizen, useDossier } from './use-dossiers';

/** A submitted dossier: its reference, whether it has been sent, its status, and the receipt. */
export function DossierPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const user = useSession((s) => s.user)!;
  const submitted = useRouter((s) => s.search.includes('submitted=1'));
  const dossier = useDossier(user.userId, params.id!);
  const catalog = useCatalogOf(dossier?.catalogVersion);
  const citizen = useCitizen(user.userId, dossier?.citizenId);
  if (dossier === undefined || !catalog) return <p role="status">{t('common:app.loading')}</p>;
  if (dossier === null) return <Page title={t('detail.notFoundTitle')} icon="folder"><p>{t('detail.notFound')}</p></Page>;
  const procedure = findProcedure(catalog, dossier.procedureCode);
  const pages = Object.values(dossier.documents).reduce((sum, list) => sum + list.length, 0);
  return (
    <Page title={procedure ? text.name(procedure) : dossier.procedureCode} icon={procedure?.pictogram ?? 'folder'} actions={<SyncBadge state={dossier.syncState} />}
      speaker={procedure ? <PromptSpeaker textKey={`catalog:${procedure.i18nKey}.name`} text={text.name(procedure)} /> : undefined}>
      {submitted ? <Banner tone="success">{t('detail.submitted')}</Banner> : null}
      {dossier.syncState === 'pending' ? <p className="notice"><Pictogram name="upload" size={20} /> {t('detail.waiting')}</p> : null}
      {dossier.status === 'needsSupplement' ? <SupplementPanel dossier={dossier} procedure={procedure} ownerUserId={user.userId} /> : null}
      {dossier.status === 'resultReady' ? <Banner tone="success">{t('office:field.resultReady')}</Banner> : null}
      {dossier.status === 'refused' ? <Banner tone="danger">{t('office:field.refused', { reason: typeof dossier.serverFields?.statusReason === 'string' ? dossier.serverFields.statusReason : '—' })}</Banner> : null}
      <section className="card reference-card" aria-labelledby="reference-label">
        <p id="reference-label" className="review-label">{dossier.officialCode ? t('detail.officialCode') : t('detail.localReference')}</p>
        <p className="reference" data-testid="dossier-reference">{dossier.officialCode ?? dossier.localReference}</p>
        <p className="field-hint">{dossier.officialCode ? t('detail.localReferenceSmall', { reference: dossier.localReference }) : t('detail.localExplain')}</p>
      </section>
      <section className="card">
        <dl className="facts">
          <dt>{t('review.citizen')}</dt><dd lang="vi">{citizen?.data.fullName ?? '—'}</dd>
          <dt>{t('detail.status')}</dt><dd data-testid="dossier-status">{t(`reference:dossierStatus.${dossier.status}`)}</dd>
          <dt>{t('detail.submittedAt')}</dt><dd>{text.dateTime(dossier.submittedAt)}</dd>
          <dt>{t('review.resultDue')}</dt><dd>{dossier.resultDue ? t(dossier.resultDue.estimate ? 'review.dateAround' : 'review.date', { date: text.date(dossier.resultDue.date) }) : t('time.unknown')}</dd>
          <dt>{t('review.documents')}</dt><dd>{t('review.pages', { count: pages })}</dd>
        </dl>
      </section>
      <Link href={`/dossiers/${dossier.id}/receipt`} className="btn btn-primary btn-large"><Pictogram name="print" /><span>{t('detail.receipt')}</span></Link>
      <Link href="/dossiers" className="btn"><Pictogram name="back" /><span>{t('detail.all')}</span></Link>
    </Page>
  );
}
