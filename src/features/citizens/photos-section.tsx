import { useTranslation } from 'react-i18next';
import { SpokenHeading } from '../../components/ui/prompt-speaker';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';
import { PhotoCapture } from './photo-capture';
import type { SectionProps } from './section-props';

const SLOTS = [
  { slot: 'idFront', sensitive: true },
  { slot: 'idBack', sensitive: true },
  { slot: 'portrait', sensitive: false },
] as const;

export function PhotosSection({ form, update, errorFor, ownerUserId }: SectionProps) {
  const { t } = useTranslation('citizen');
  const setPhoto = (slot: (typeof SLOTS)[number]['slot']) => (ref: AttachmentRef | undefined) =>
    update((f) => {
      const photos = { ...f.photos };
      if (ref) photos[slot] = ref;
      else delete photos[slot];
      return { ...f, photos };
    });
  return (
    <section className="card form-stack" aria-labelledby="photos-title">
      <SpokenHeading id="photos-title" namespace="citizen" textKey="form.photos" />
      <p className="field-hint">{t('photos.explain')}</p>
      <div className="photo-grid">
        {SLOTS.map(({ slot, sensitive }) => (
          <PhotoCapture key={slot} name={slot} ownerUserId={ownerUserId} label={t(`photos.${slot}`)} sensitive={sensitive}
            value={form.photos[slot]} onChange={setPhoto(slot)} error={errorFor(`photos.${slot}`)} />
        ))}
      </div>
    </section>
  );
}
