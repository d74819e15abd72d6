import { useTranslation } from 'react-i18next';
import type { ReceiptData } from './receipt-data';
import { useAttachmentUrl } from './use-attachment';

/** The applicant's signature (or thumbprint, or witness) and the receiving officer's, side by side. */
export function ReceiptSignatures({ data, language, ownerUserId }: { data: ReceiptData; language: string; ownerUserId: string }) {
  const { t } = useTranslation('dossier', { lng: language });
  const { confirmation } = data;
  const signature = useAttachmentUrl(ownerUserId, confirmation.method === 'witness' ? undefined : confirmation.signatureImage.sha256);
  return (
    <div className="receipt-signatures">
      <div>
        <p className="receipt-strong">{t('receipt.applicantSigns')}</p>
        {confirmation.method === 'witness'
          ? <p>{t('receipt.witness', { name: confirmation.witnessName })}</p>
          : signature ? <img src={signature} alt={t(`confirm.methods.${confirmation.method}`)} className="receipt-signature" /> : null}
        <p lang="vi">{data.applicant.fullName}</p>
      </div>
      <div>
        <p className="receipt-strong">{t('receipt.officerSigns')}</p>
        <p className="receipt-small">{t('receipt.signHint')}</p>
        <p className="receipt-sign-space" lang="vi">{data.staffName}</p>
      </div>
    </div>
  );
}
