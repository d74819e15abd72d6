import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { formatIsoDate, useProcedureText } from '../../components/ui/procedure-text';
import { QrScanner } from '../../components/ui/qr-scanner';
import type { AdministrativeUnits } from '../../domain/address/units';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import { loadAdministrativeUnits } from '../../lib/address-units';
import type { PaperVerdict } from '../../shared/papers';
import { refreshAgencyKeys } from './refresh-agency-keys';
import { loadAgencyKeys, useAgencyKeys } from './use-agency-keys';

/**
 * `/verify` (public): anyone with the app — a staff tablet, a citizen's phone — checks a receipt or a result
 * notice by its QR code, with no network: the signature against the agency keys kept on the device.
 */
export function VerifyPage() {
  const { t, i18n } = useTranslation('office');
  const text = useProcedureText();
  const stored = useAgencyKeys();
  const [scanning, setScanning] = useState(false);
  const [pasted, setPasted] = useState('');
  const [verdict, setVerdict] = useState<PaperVerdict>();
  const [units, setUnits] = useState<AdministrativeUnits>();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshFailed, setRefreshFailed] = useState(false);
  useEffect(() => {
    void loadAdministrativeUnits().then(setUnits);
  }, []);
  const check = async (value: string) => {
    const { verifyPaper } = await import('../../shared/papers/verify-paper');
    let result = await verifyPaper(value, stored?.keys ?? []);
    // A key made after this device last fetched the list (a new agency, a rotation): fetch it when online.
    if (!result.ok && result.reason === 'unknownKey' && navigator.onLine && (await refreshAgencyKeys())) {
      result = await verifyPaper(value, (await loadAgencyKeys())?.keys ?? []);
    }
    setVerdict(result);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check(pasted);
  };
  const refresh = async () => {
    setRefreshing(true);
    setRefreshFailed(!(await refreshAgencyKeys()));
    setRefreshing(false);
  };
  const communeName = (code: string) => units?.communes.find((c) => c.code === code)?.name ?? code;
  return (
    <Page title={t('verify.title')} icon="qr">
      <p>{t('verify.explain')}</p>
      <div className="btn-row">
        <button type="button" className="btn btn-primary btn-large" onClick={() => setScanning((s) => !s)}><Pictogram name="camera" /><span>{scanning ? t('verify.stopScan') : t('verify.scan')}</span></button>
      </div>
      {scanning ? (
        <QrScanner label={t('verify.camera')} errorLabel={t('verify.cameraError')} onResult={(value) => { setScanning(false); setPasted(value); void check(value); }} />
      ) : null}
      <form className="card form-stack tight" onSubmit={submit}>
        <div className="field">
          <label htmlFor="paper-text">{t('verify.pasteLabel')}</label>
          <textarea id="paper-text" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} aria-describedby="paper-text-hint" />
          <p id="paper-text-hint" className="field-hint">{t('verify.pasteHint')}</p>
        </div>
        <div><button type="submit" className="btn" disabled={!pasted.trim()}><Pictogram name="check" /><span>{t('verify.check')}</span></button></div>
      </form>
      {verdict?.ok ? (
        <div data-testid="verdict" data-verdict="genuine">
          <Banner tone="success">
            <strong>{t('verify.genuine', { agency: communeName(verdict.paper.commune), date: formatIsoDate(verdict.paper.on, i18n.language) })}</strong>
          </Banner>
          <dl className="facts card">
            <dt>{t('verify.kind')}</dt><dd>{t(`verify.kinds.${verdict.paper.kind}`)}</dd>
            <dt>{t('verify.code')}</dt><dd>{verdict.paper.code}</dd>
            <dt>{t('verify.procedure')}</dt><dd>{(() => { const p = findProcedure(CATALOG, verdict.paper.proc); return p ? text.name(p) : verdict.paper.proc; })()}</dd>
            <dt>{t('verify.holder')}</dt><dd>{verdict.paper.who || '—'}</dd>
            {verdict.paper.due ? <><dt>{t('verify.due')}</dt><dd>{formatIsoDate(verdict.paper.due, i18n.language)}</dd></> : null}
            <dt>{t('verify.agency')}</dt><dd>{verdict.paper.agency}</dd>
          </dl>
        </div>
      ) : null}
      {verdict && !verdict.ok ? (
        <div data-testid="verdict" data-verdict={verdict.reason}>
          <Banner tone="danger"><strong>{t('verify.notGenuine')}</strong> {t(`verify.reasons.${verdict.reason}`)}</Banner>
        </div>
      ) : null}
      <section className="card form-stack tight" aria-labelledby="keys-state">
        <h2 id="keys-state">{t('verify.keysTitle')}</h2>
        <p>{stored ? t('verify.keysKept', { count: stored.keys.length, when: text.dateTime(stored.fetchedAt) }) : t('verify.noKeys')}</p>
        <div><button type="button" className="btn" disabled={refreshing} onClick={() => void refresh()}><Pictogram name="sync" /><span>{t('verify.refresh')}</span></button></div>
        {refreshFailed ? <p className="field-hint" role="status">{t('verify.refreshFailed')}</p> : null}
      </section>
    </Page>
  );
}
