import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useBlobUrl } from './use-blob-url';

export type ViewedPhoto = { sha256: string; label: string };

/** A photographed page full screen, to read it; arrows move through the document's pages, Escape closes. */
export function PhotoViewer({ photos, index, onIndex, onClose }: { photos: ViewedPhoto[]; index: number; onIndex: (index: number) => void; onClose: () => void }) {
  const { t } = useTranslation('office');
  const photo = photos[index];
  const { url, failed } = useBlobUrl(photo?.sha256);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      if (event.key === 'ArrowRight' && index < photos.length - 1) onIndex(index + 1);
      if (event.key === 'ArrowLeft' && index > 0) onIndex(index - 1);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [index, photos.length, onIndex, onClose]);
  if (!photo) return null;
  return (
    <div className="doc-viewer" role="dialog" aria-modal="true" aria-label={photo.label} data-testid="photo-viewer">
      <div className="doc-viewer-bar">
        <span className="doc-viewer-title">{photo.label}</span>
        <span className="btn-row">
          <button type="button" className="btn" disabled={index === 0} onClick={() => onIndex(index - 1)}><Pictogram name="back" /><span>{t('photos.previous')}</span></button>
          <button type="button" className="btn" disabled={index >= photos.length - 1} onClick={() => onIndex(index + 1)}><span>{t('photos.next')}</span><Pictogram name="send" /></button>
          <button ref={close} type="button" className="btn" onClick={onClose}><Pictogram name="close" /><span>{t('photos.close')}</span></button>
        </span>
      </div>
      {url ? <img src={url} alt={photo.label} className="doc-viewer-image" /> : <p role="status" className="doc-viewer-status">{failed ? t('photos.failed') : t('common.loading')}</p>}
    </div>
  );
}
