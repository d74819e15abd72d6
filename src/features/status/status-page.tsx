import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { QrScanner } from '../../components/ui/qr-scanner';
import { codeFromScan, lookUpDossier, type LookupResult, type PublicDossierStatus } from './use-dossier-status';

function StatusCard({ status, checkedAt }: { status: PublicDossierStatus; checkedAt: string }) {
  const { t, i18n } = useTranslation();
  const date = (iso?: string) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : '—');
  return (
    <section className="card" aria-labelledby="status-result" data-testid="status-result">
      <h2 id="status-result">{t(`reference:dossierStatus.${status.status}`, { defaultValue: status.status })}</h2>
      <dl className="facts">
        <dt>{t('status.code')}</dt><dd>{status.code}</dd>
        <dt>{t('status.procedure')}</dt><dd>{t(`catalog:procedure.${status.procedureCode.replace(/\./g, '_')}.name`, { defaultValue: status.procedureCode })}</dd>
        <dt>{t('status.received')}</dt><dd>{date(status.receivedAt)}</dd>
        <dt>{t('status.expected')}</dt><dd>{date(status.expectedResultDate)}</dd>
      </dl>
      <p className="field-hint">{t('status.checkedAt', { when: new Date(checkedAt).toLocaleString(i18n.language) })}</p>
    </section>
  );
}

/** Anyone — a villager with a receipt — looks up a dossier by its code or by scanning the receipt's QR code. */
export function StatusPage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [result, setResult] = useState<LookupResult>();
  const [busy, setBusy] = useState(false);

  const lookUp = async (value: string) => {
    if (!value.trim()) return;
    setBusy(true);
    setResult(await lookUpDossier(value));
    setBusy(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookUp(code);
  };

  return (
    <Page title={t('status.title')} icon="status">
      <p>{t('status.explain')}</p>
      <form className="card form-stack" onSubmit={submit} role="search">
        <div className="field">
          <label htmlFor="status-code">{t('status.codeLabel')}</label>
          <input id="status-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} />
        </div>
        <div className="btn-row">
          <button type="submit" className="btn btn-primary" disabled={busy || !code.trim()}><Pictogram name="search" /><span>{t('status.lookUp')}</span></button>
          <button type="button" className="btn" onClick={() => setScanning((s) => !s)}><Pictogram name="qr" /><span>{scanning ? t('status.stopScan') : t('status.scan')}</span></button>
        </div>
      </form>
      {scanning ? (
        <QrScanner label={t('status.cameraLabel')} errorLabel={t('status.cameraError')} onResult={(text) => {
          const scanned = codeFromScan(text);
          setScanning(false);
          setCode(scanned);
          void lookUp(scanned);
        }} />
      ) : null}
      {result?.kind === 'found' ? <StatusCard status={result.status} checkedAt={result.checkedAt} /> : null}
      {result?.kind === 'notFound' ? <Banner tone="warning">{t('status.notFound')}</Banner> : null}
      {result?.kind === 'offline' ? (
        <>
          <Banner tone="warning">{result.cached ? t('status.offlineCached') : t('status.offline')}</Banner>
          {result.cached ? <StatusCard status={result.cached.status} checkedAt={result.cached.checkedAt} /> : null}
        </>
      ) : null}
    </Page>
  );
}
