import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '../../components/ui/field';
import { Pictogram } from '../../components/ui/pictogram';
import { SignaturePad } from '../../components/ui/signature-pad';
import type { ConfirmationMethod, DossierDraft } from '../../db/dossier-types';
import { saveImage, useAttachmentUrl } from './use-attachment';

type Props = { draft: DossierDraft; update: (change: (d: DossierDraft) => DossierDraft) => void; ownerUserId: string };

const METHODS: readonly ConfirmationMethod[] = ['signature', 'thumbprint', 'witness'];

/** The citizen confirms the summary: a signature, a thumbprint mark, or — when they cannot — a witness. */
export function ConfirmationSection({ draft, update, ownerUserId }: Props) {
  const { t } = useTranslation('dossier');
  const { confirmation } = draft;
  const signatureUrl = useAttachmentUrl(ownerUserId, confirmation.signatureImage?.sha256);
  const set = (change: Partial<DossierDraft['confirmation']>) => update((d) => ({ ...d, confirmation: { ...d.confirmation, ...change } }));
  return (
    <section className="card form-stack tight" aria-labelledby="confirm-title">
      <h2 id="confirm-title"><Pictogram name="signature" className="heading-icon" /> {t('confirm.title')}</h2>
      <p>{t('confirm.explain')}</p>
      <ChoiceField name="dossier-confirmation" legend={t('confirm.method')} value={confirmation.method} required
        onChange={(method) => set({ method: method as ConfirmationMethod })}
        options={METHODS.map((m) => ({ value: m, label: t(`confirm.methods.${m}`), icon: <Pictogram name={m === 'witness' ? 'people' : m === 'thumbprint' ? 'fingerprint' : 'signature'} size={20} /> }))} />
      {confirmation.method === 'signature' || confirmation.method === 'thumbprint' ? (
        <SignaturePad label={t(`confirm.pad.${confirmation.method}`)} clearLabel={t('confirm.clear')} initialUrl={signatureUrl}
          onChange={async (png) => {
            const image = png ? await saveImage(ownerUserId, png) : undefined;
            update((d) => ({ ...d, confirmation: { ...d.confirmation, signatureImage: image } }));
          }} />
      ) : null}
      {confirmation.method === 'witness' ? (
        <TextField label={t('confirm.witnessName')} hint={t('confirm.witnessHint')} value={confirmation.witnessName} onChange={(witnessName) => set({ witnessName })} />
      ) : null}
    </section>
  );
}
