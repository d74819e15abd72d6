import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { TextField } from '../../components/ui/field';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { QrScanner } from '../../components/ui/qr-scanner';
import { codeFromQrText, handoverCodeSchema } from '../../domain/dossier/handover';
import { ApiError } from '../../lib/api';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { receiveHandover } from './use-handover';

const failureKey = (error: unknown): string => {
  if (!(error instanceof ApiError)) return 'handover.errorFailed';
  if (error.isNetwork) return 'handover.errorOffline';
  if (error.code === 'handover-used') return 'handover.errorUsed';
  if (error.code === 'handover-expired') return 'handover.errorExpired';
  if (error.code === 'handover-not-found') return 'handover.errorNotFound';
  return 'handover.errorFailed';
};

/** Receives a draft handed over from another device: scan its QR code, or type the code shown under it. */
export function ReceiveHandoverPage() {
  const { t } = useTranslation('dossier');
  const user = useSession((s) => s.user)!;
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [invalid, setInvalid] = useState(false);

  const receive = async (raw: string) => {
    const parsed = handoverCodeSchema.safeParse(raw);
    if (!parsed.success) return setInvalid(true);
    setInvalid(false);
    setBusy(true);
    setFailure(undefined);
    try {
      const id = await receiveHandover(user.userId, parsed.data, user.role === 'citizen' ? user.userId : undefined);
      navigate(`/dossiers/draft/${id}`, { replace: true });
    } catch (error) {
      setFailure(failureKey(error));
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void receive(code);
  };
  const scanned = (text: string) => {
    setScanning(false);
    const fromQr = codeFromQrText(text);
    if (fromQr) void receive(fromQr);
    else setFailure('handover.errorNotHandover');
  };

  return (
    <Page title={t('handover.receiveTitle')} icon="qr">
      <p className="lead">{user.role === 'citizen' ? t('handover.receiveExplainCitizen') : t('handover.receiveExplainStaff')}</p>
      {failure ? <Banner tone="danger">{t(failure)}</Banner> : null}
      {scanning ? (
        <QrScanner onResult={scanned} label={t('handover.scanLabel')} errorLabel={t('handover.cameraError')} />
      ) : (
        <button type="button" className="btn btn-large" onClick={() => setScanning(true)}><Pictogram name="camera" /><span>{t('handover.scan')}</span></button>
      )}
      <form className="card form-stack" onSubmit={submit} noValidate>
        <TextField label={t('handover.codeLabel')} value={code} onChange={setCode} autoComplete="off" maxLength={12} required
          error={invalid ? t('errors:handover.codeInvalid') : undefined} />
        <button type="submit" className="btn btn-primary btn-large" disabled={busy}><Pictogram name="download" /><span>{busy ? t('handover.receiving') : t('handover.receive')}</span></button>
      </form>
    </Page>
  );
}
