import { useTranslation } from 'react-i18next';
import { displayHandoverCode, handoverQrText } from '../../domain/dossier/handover';
import { QrCode } from './qr-code';

/** The one-time code as a QR code for the other device's camera, and as text to type when there is none. */
export function HandoverCode({ code, expiresAt }: { code: string; expiresAt: string }) {
  const { t, i18n } = useTranslation('dossier');
  const until = new Date(expiresAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="handover-code" data-testid="handover-code">
      <QrCode text={handoverQrText(code)} label={t('handover.qrLabel')} />
      <p className="lead"><span>{t('handover.codeLabel')} </span><strong className="code-text" data-testid="handover-code-text">{displayHandoverCode(code)}</strong></p>
      <p className="field-hint">{t('handover.expires', { time: until })}</p>
    </div>
  );
}
