import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import { purposeWithdrawal, type Consent } from '../../domain/citizen/consent';

/**
 * What the person agreed to, purpose by purpose, as the tablet last heard it: a withdrawal recorded at the
 * one-stop shop shows here after the next sync ("withdrawn on …"), so field staff stop using data for it.
 */
export function ConsentSummary({ consent }: { consent: Consent }) {
  const { t } = useTranslation('citizen');
  const text = useProcedureText();
  return (
    <section className="card" aria-labelledby="consent-summary-title" data-testid="consent-summary">
      <h2 id="consent-summary-title">{t('detail.consentTitle')}</h2>
      <ul className="plain-list">
        {consent.purposes.map((p) => {
          const withdrawnAt = purposeWithdrawal(consent, p.purpose)?.at ?? (p.decision === 'accepted' ? consent.withdrawnAt : undefined);
          return (
            <li key={p.purpose} data-purpose={p.purpose}>
              <strong>{t(`reference:consent.purpose.${p.purpose}.title`)}</strong>{' — '}
              <span data-testid={`consent-${p.purpose}`}>
                {withdrawnAt ? t('detail.consentWithdrawn', { date: text.dateTime(withdrawnAt) }) : t(p.decision === 'accepted' ? 'detail.consentAccepted' : 'detail.consentDeclined')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
