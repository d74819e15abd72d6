import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useAttachmentUrl } from './use-attachment';

/** One page full screen, to check it is sharp and readable; Escape or the button closes it. */
export function PageViewer({ ownerUserId, sha256, label, onClose }: { ownerUserId: string; sha256: string; label: string; onClose: () => void }) {
  const { t } = useTranslation('dossier');
  const url = useAttachmentUrl(ownerUserId, sha256);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [onClose]);
  return (
    <div className="doc-viewer" role="dialog" aria-modal="true" aria-label={label}>
      <div className="doc-viewer-bar">
        <span className="doc-viewer-title">{label}</span>
        <button ref={close} type="button" className="btn" onClick={onClose}><Pictogram name="close" /><span>{t('pages.close')}</span></button>
      </div>
      {url ? <img src={url} alt={label} className="doc-viewer-image" /> : <p role="status">{t('common:app.loading')}</p>}
    </div>
  );
}
