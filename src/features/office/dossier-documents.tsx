import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { PhotoThumbnail } from './photo-thumbnail';
import { PhotoViewer, type ViewedPhoto } from './photo-viewer';

type Page = { sha256: string };

/** The photographed papers, document by document; any page opens full screen. The signature is a paper too. */
export function DossierDocuments({ procedure, documents, signature }: { procedure?: Procedure; documents: Record<string, Page[]>; signature?: Page }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const [viewing, setViewing] = useState<number>();
  const label = (id: string) => {
    const requirement = procedure?.documents.find((d) => d.id === id);
    return requirement ? text.catalog(requirement.labelKey, id) : id;
  };
  const groups = Object.entries(documents).map(([id, pages]) => ({ id, label: label(id), pages }));
  const photos: ViewedPhoto[] = groups.flatMap((g) => g.pages.map((p, i) => ({ sha256: p.sha256, label: t('photos.pageOf', { document: g.label, page: i + 1, total: g.pages.length }) })));
  if (signature) photos.push({ sha256: signature.sha256, label: t('dossier.signature') });
  const indexOf = (sha256: string, label: string) => photos.findIndex((p) => p.sha256 === sha256 && p.label === label);
  return (
    <section className="card" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('dossier.documents')}</h2>
      {groups.length === 0 ? <p>{t('dossier.noDocuments')}</p> : null}
      {groups.map((g) => (
        <div key={g.id} className="office-document" data-document={g.id}>
          <h3>{g.label} <span className="field-hint">{t('dossier.pages', { count: g.pages.length })}</span></h3>
          <div className="office-thumbs">
            {g.pages.map((p, i) => {
              const name = t('photos.pageOf', { document: g.label, page: i + 1, total: g.pages.length });
              return <PhotoThumbnail key={`${p.sha256}-${i}`} sha256={p.sha256} label={t('photos.open', { label: name })} onOpen={() => setViewing(indexOf(p.sha256, name))} />;
            })}
          </div>
        </div>
      ))}
      {signature ? (
        <div className="office-document">
          <h3>{t('dossier.signature')}</h3>
          <div className="office-thumbs"><PhotoThumbnail sha256={signature.sha256} label={t('photos.open', { label: t('dossier.signature') })} onOpen={() => setViewing(photos.length - 1)} /></div>
        </div>
      ) : null}
      {viewing !== undefined ? <PhotoViewer photos={photos} index={viewing} onIndex={setViewing} onClose={() => setViewing(undefined)} /> : null}
    </section>
  );
}
