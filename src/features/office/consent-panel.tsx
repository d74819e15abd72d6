import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../domain/citizen/consent-terms';
import { officeRequest } from './office-api';
import { RemoteProblem } from './remote-problem';

type StoredConsent = {
  purposes?: Array<{ purpose: ConsentPurpose; decision: 'accepted' | 'declined' }>;
  recordedAt?: string;
  withdrawnAt?: string;
  withdrawals?: Array<{ purpose: ConsentPurpose; at: string }>;
};

/**
 * The person's consent, purpose by purpose, and the officer's way to record a withdrawal with the person at
 * the desk (data-protection.md: consent can be withdrawn at any time). Each withdrawal reaches the tablets.
 */
export function ConsentPanel({ citizenId, consent, onChanged }: { citizenId: string; consent: StoredConsent | undefined; onChanged: () => void }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const [confirming, setConfirming] = useState<ConsentPurpose>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const withdraw = async (purpose: ConsentPurpose) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await officeRequest(`/office/citizens/${citizenId}/consent-withdrawals`, { body: { purpose } });
      setConfirming(undefined);
      onChanged();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const purposes = (consent?.purposes ?? []).filter((p) => CONSENT_PURPOSES.includes(p.purpose));
  return (
    <section className="card" aria-labelledby="consent-title" data-testid="consent-panel">
      <h2 id="consent-title">{t('rights.consentTitle')}</h2>
      {consent?.recordedAt ? <p className="field-hint">{t('rights.consentRecorded', { date: text.dateTime(consent.recordedAt) })}</p> : null}
      {problem ? <RemoteProblem error={problem} /> : null}
      {purposes.length === 0 ? <p>{t('rights.noConsent')}</p> : (
        <ul className="plain-list">
          {purposes.map((p) => {
            const withdrawnAt = consent?.withdrawals?.find((w) => w.purpose === p.purpose)?.at ?? (p.decision === 'accepted' ? consent?.withdrawnAt : undefined);
            const state = withdrawnAt ? t('rights.withdrawnOn', { date: text.dateTime(withdrawnAt) }) : t(p.decision === 'accepted' ? 'rights.accepted' : 'rights.declined');
            const purposeTitle = t(`reference:consent.purpose.${p.purpose}.title`);
            return (
              <li key={p.purpose} data-purpose={p.purpose}>
                <strong>{purposeTitle}</strong>{' — '}<span data-testid={`consent-state-${p.purpose}`}>{state}</span>
                {p.decision === 'accepted' && !withdrawnAt ? (
                  confirming === p.purpose ? (
                    <div className="form-stack tight" role="group" aria-label={t('rights.withdrawLabel', { purpose: purposeTitle })}>
                      <p>{t('rights.withdrawConfirm')}{p.purpose === 'idPhotoStorage' ? ` ${t('rights.withdrawPhotos')}` : ''}</p>
                      <div className="btn-row">
                        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void withdraw(p.purpose)}><Pictogram name="check" /><span>{t('rights.withdrawYes')}</span></button>
                        <button type="button" className="btn" onClick={() => setConfirming(undefined)}>{t('actions.cancel')}</button>
                      </div>
                    </div>
                  ) : (
                    <button type="button" className="btn" aria-label={t('rights.withdrawLabel', { purpose: purposeTitle })} onClick={() => setConfirming(p.purpose)}>
                      <Pictogram name="close" /><span>{t('rights.withdraw')}</span>
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
