import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { formatIsoDate, useProcedureText } from '../../components/ui/procedure-text';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import { ethnicityNameKey } from '../../domain/citizen/ethnicities';
import { useRemote } from '../../lib/use-remote';
import { officeRequest } from './office-api';
import type { CitizenDossiers, OfficeCitizen, OfficeCommune } from './office-types';
import { PhotoThumbnail } from './photo-thumbnail';
import { PhotoViewer, type ViewedPhoto } from './photo-viewer';
import { StatusBadge } from './status-badge';

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The person the dossier is for: identity, contact, address, ID photos, and their other dossiers here. */
export function CitizenProfile({ citizen, communes, currentDossierId }: { citizen: OfficeCitizen; communes: OfficeCommune[]; currentDossierId?: string }) {
  const { t, i18n } = useTranslation('office');
  const text = useProcedureText();
  const [viewing, setViewing] = useState<number>();
  // Only the dossiers: the profile itself is on screen already, and every fetch of it is an audited view.
  const others = useRemote(citizen.id, () => officeRequest<CitizenDossiers>(`/office/citizens/${citizen.id}/dossiers`));
  const listed = others.data?.dossiers.filter((d) => d.id !== currentDossierId) ?? [];
  const f = citizen.fields;
  const birth = str(f.birthDate) ? formatIsoDate(str(f.birthDate)!, i18n.language) : typeof f.birthYear === 'number' ? String(f.birthYear) : '—';
  const commune = communes.find((c) => c.code === citizen.communeCode)?.name ?? citizen.communeCode;
  const photos: ViewedPhoto[] = (['portrait', 'idFront', 'idBack'] as const).flatMap((slot) => {
    const ref = (f.photos as Record<string, { sha256?: string } | undefined> | undefined)?.[slot];
    return ref?.sha256 ? [{ sha256: ref.sha256, label: t(`citizen.photo.${slot}`) }] : [];
  });
  const ethnicity = str(f.ethnicityCode);
  return (
    <section className="card" aria-labelledby="citizen-title" data-testid="citizen-profile">
      <h2 id="citizen-title">{t('citizen.title')}</h2>
      <dl className="facts">
        <dt>{t('citizen.name')}</dt><dd lang="vi"><strong>{str(f.fullName)}</strong></dd>
        <dt>{t('citizen.birth')}</dt><dd>{birth}</dd>
        <dt>{t('citizen.sex')}</dt><dd>{str(f.sex) ? t(`reference:sex.${str(f.sex)}`) : '—'}</dd>
        <dt>{t('citizen.ethnicity')}</dt><dd>{ethnicity ? t(`reference:${ethnicityNameKey(ethnicity)}`) : '—'}</dd>
        <dt>{t('citizen.idNumber')}</dt><dd>{str(f.citizenId) ?? t('citizen.noIdNumber')}</dd>
        <dt>{t('citizen.phone')}</dt><dd>{str(f.phone) ?? '—'}</dd>
        <dt>{t('citizen.address')}</dt><dd lang="vi">{[citizen.villageName, commune].filter(Boolean).join(', ')}</dd>
        <dt>{t('citizen.registered')}</dt><dd>{text.dateTime(citizen.createdAt)}</dd>
      </dl>
      {photos.length > 0 ? (
        <div className="office-thumbs">
          {photos.map((p, i) => <PhotoThumbnail key={p.sha256} sha256={p.sha256} label={t('photos.open', { label: p.label })} caption={p.label} onOpen={() => setViewing(i)} />)}
        </div>
      ) : null}
      {viewing !== undefined ? <PhotoViewer photos={photos} index={viewing} onIndex={setViewing} onClose={() => setViewing(undefined)} /> : null}
      {currentDossierId ? (
        <p><Link href={`/office/citizens/${citizen.id}`} className="btn"><Pictogram name="lock" /><span>{t('rights.open')}</span></Link></p>
      ) : null}
      {listed.length > 0 ? (
        <>
          <h3>{t('citizen.otherDossiers')}</h3>
          <ul className="plain-list">
            {listed.map((d) => {
              const procedure = findProcedure(CATALOG, d.procedureCode);
              return (
                <li key={d.id}>
                  <Link href={`/office/dossiers/${d.id}`}>{d.officialCode ?? d.id.slice(0, 8)}</Link>{' '}
                  {procedure ? text.name(procedure) : d.procedureCode} <StatusBadge status={d.status} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
