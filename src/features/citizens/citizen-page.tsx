import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { useRouter } from '../../lib/router';
import { useSession } from '../../lib/session';
import { CitizenFacts } from './citizen-facts';
import { ConsentSummary } from './consent-summary';
import { SyncStateBadge } from './sync-state-badge';
import { useCitizen } from './use-citizens';
import { useAttachmentUrl } from './use-attachment';

function Photo({ ownerUserId, sha256, label }: { ownerUserId: string; sha256?: string; label: string }) {
  const url = useAttachmentUrl(ownerUserId, sha256);
  return url ? <figure className="photo-figure"><img src={url} alt={label} className="photo-preview" /><figcaption>{label}</figcaption></figure> : null;
}

export function CitizenPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('citizen');
  const user = useSession((s) => s.user)!;
  const record = useCitizen(user.userId, params.id!);
  const saved = useRouter((s) => s.search.includes('saved=1'));
  if (record === undefined) return <p role="status">{t('common:app.loading')}</p>;
  if (record === null) return <Page title={t('detail.notFoundTitle')} icon="user"><p>{t('detail.notFound')}</p></Page>;
  const { data } = record;
  return (
    <Page title={data.fullName} icon="user" actions={
      <>
        <SyncStateBadge state={record.syncState} />
        <Link className="btn btn-primary" href={`/dossiers/new?citizen=${record.id}`}><Pictogram name="folder" /><span>{t('detail.newDossier')}</span></Link>
      </>
    }>
      {saved ? <Banner tone="success">{t('detail.saved')}</Banner> : null}
      {record.linkedFrom?.length ? <Banner tone="info">{t('detail.linked', { count: record.linkedFrom.length })}</Banner> : null}
      {record.conflicts?.length ? (
        <Banner tone="warning">
          <strong>{t('detail.changedElsewhere')}</strong>
          <ul>{record.conflicts.map((c) => <li key={`${c.field}-${c.at}`}>{t('detail.conflictValue', { field: t(`form.${c.field}`), value: JSON.stringify(c.value) })}</li>)}</ul>
        </Banner>
      ) : null}
      <section className="card"><CitizenFacts citizen={data} /></section>
      {data.consent ? <ConsentSummary consent={data.consent} /> : null}
      <section className="card photo-grid" aria-label={t('form.photos')}>
        <Photo ownerUserId={user.userId} sha256={data.photos.idFront?.sha256} label={t('photos.idFront')} />
        <Photo ownerUserId={user.userId} sha256={data.photos.idBack?.sha256} label={t('photos.idBack')} />
        <Photo ownerUserId={user.userId} sha256={data.photos.portrait?.sha256} label={t('photos.portrait')} />
      </section>
    </Page>
  );
}
