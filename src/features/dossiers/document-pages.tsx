import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';
import { PageViewer } from './page-viewer';
import { savePage, useAttachmentUrl } from './use-attachment';

type Props = {
  documentId: string; label: string; ownerUserId: string; pages: readonly AttachmentRef[];
  onAdd: (pages: AttachmentRef[]) => void; onMove: (index: number, delta: -1 | 1) => void; onRemove: (index: number) => void;
};

function Thumbnail({ ownerUserId, sha256, alt }: { ownerUserId: string; sha256: string; alt: string }) {
  const url = useAttachmentUrl(ownerUserId, sha256);
  return url ? <img src={url} alt={alt} className="doc-page-thumb" /> : <span className="doc-page-thumb doc-page-thumb-empty"><Pictogram name="photo" /></span>;
}

/** The photographed pages of one document: add (camera), view full screen, reorder, delete. */
export function DocumentPages({ documentId, label, ownerUserId, pages, onAdd, onMove, onRemove }: Props) {
  const { t } = useTranslation('dossier');
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [viewing, setViewing] = useState<number>();
  const add = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setFailed(false);
    try {
      // One at a time: a cheap phone compresses one 12-megapixel photo comfortably, not five at once.
      const stored: AttachmentRef[] = [];
      for (const file of files) stored.push(await savePage(ownerUserId, file));
      onAdd(stored);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const pageLabel = (i: number) => t('pages.pageOf', { document: label, page: i + 1, total: pages.length });
  return (
    <div className="form-stack">
      {pages.length > 0 ? (
        <ol className="doc-pages" aria-label={t('pages.listLabel', { document: label })}>
          {pages.map((page, i) => (
            <li key={`${page.sha256}-${i}`} className="doc-page" data-testid={`page-${documentId}`} data-sha256={page.sha256}>
              <button type="button" className="doc-page-open" onClick={() => setViewing(i)} aria-label={t('pages.view', { label: pageLabel(i) })}>
                <Thumbnail ownerUserId={ownerUserId} sha256={page.sha256} alt="" />
                <Pictogram name="expand" size={20} />
              </button>
              <span className="doc-page-number">{t('pages.number', { page: i + 1 })}</span>
              <span className="doc-page-buttons">
                <button type="button" className="btn btn-icon" onClick={() => onMove(i, -1)} disabled={i === 0} aria-label={t('pages.up', { label: pageLabel(i) })}><Pictogram name="up" /></button>
                <button type="button" className="btn btn-icon" onClick={() => onMove(i, 1)} disabled={i === pages.length - 1} aria-label={t('pages.down', { label: pageLabel(i) })}><Pictogram name="down" /></button>
                <button type="button" className="btn btn-icon btn-danger" onClick={() => onRemove(i)} aria-label={t('pages.remove', { label: pageLabel(i) })}><Pictogram name="trash" /></button>
              </span>
            </li>
          ))}
        </ol>
      ) : <p className="doc-pages-empty"><Pictogram name="photo" size={32} /><span>{t('pages.none')}</span></p>}
      <label htmlFor={inputId} className="btn"><Pictogram name="camera" /><span>{pages.length > 0 ? t('pages.addMore') : t('pages.add')}</span></label>
      <input id={inputId} className="visually-hidden" type="file" accept="image/*" capture="environment" multiple data-testid={`page-input-${documentId}`}
        onChange={(event) => {
          // Copied before the reset that lets the same photo be picked again.
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          void add(files);
        }} />
      {busy ? <p role="status">{t('pages.processing')}</p> : null}
      {failed ? <p className="field-error" role="alert">{t('pages.failed')}</p> : null}
      {viewing !== undefined && pages[viewing] ? (
        <PageViewer ownerUserId={ownerUserId} sha256={pages[viewing].sha256} label={pageLabel(viewing)} onClose={() => setViewing(undefined)} />
      ) : null}
    </div>
  );
}
