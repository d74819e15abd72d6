import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';
import { savePhoto, useAttachmentUrl } from './use-attachment';

/**
 * One photo: the camera on a tablet or phone (capture), the file picker elsewhere. Compressed in a
 * worker before it is stored; a sensitive photo (ID card) says so.
 */
export function PhotoCapture({ name, ownerUserId, label, value, onChange, sensitive, error }: {
  name: string;
  ownerUserId: string; label: string; value?: AttachmentRef; onChange: (ref: AttachmentRef | undefined) => void; sensitive?: boolean; error?: string;
}) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const url = useAttachmentUrl(ownerUserId, value?.sha256);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFailed(false);
    try {
      onChange((await savePhoto(ownerUserId, file)));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="photo-capture">
      <p className="label">{label}{sensitive ? <span className="sensitive-tag"> — {t('photos.sensitive')}</span> : null}</p>
      {url ? <img src={url} alt={label} className="photo-preview" /> : <div className="photo-placeholder"><Pictogram name="photo" size={40} /></div>}
      <div className="btn-row">
        <label htmlFor={id} className="btn">
          <Pictogram name="camera" /><span>{value ? t('photos.retake') : t('photos.take')}</span>
        </label>
        <input id={id} className="visually-hidden" type="file" accept="image/*" capture="environment" data-testid={`photo-input-${name}`}
          onChange={(event) => void pick(event.target.files?.[0])} />
        {value ? <button type="button" className="btn btn-danger" onClick={() => onChange(undefined)}><Pictogram name="trash" /><span>{t('photos.remove')}</span></button> : null}
      </div>
      {busy ? <p role="status">{t('photos.processing')}</p> : null}
      {failed ? <p className="field-error" role="alert">{t('photos.failed')}</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
