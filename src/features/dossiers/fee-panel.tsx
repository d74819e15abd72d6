import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Procedure } from '../../domain/catalog/catalog-types';
import type { ApplicableFee } from '../../domain/catalog/fee';

/** The fee this citizen pays, the exemption that applies to them, and the others staff should ask about. */
export function FeePanel({ procedure, fee }: { procedure: Procedure; fee: ApplicableFee }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const others = procedure.fee.exemptions.filter((e) => e.key !== fee.exemptionKey);
  return (
    <section className="card form-stack tight" aria-labelledby="fee-title" data-testid="fee">
      <h2 id="fee-title"><Pictogram name="fee" className="heading-icon" /> {t('fee.title')}</h2>
      <p className="big-fact">{fee.amount === null ? t('fee.setByProvince') : text.money(fee.amount)}</p>
      {fee.exemptionKey ? <p className="checklist-done"><Pictogram name="check" /> {text.catalog(`fee.exemption.${fee.exemptionKey}`)}</p> : null}
      {procedure.fee.noteKey && fee.amount !== 0 ? <p>{text.catalog(procedure.fee.noteKey)}</p> : null}
      {fee.verified ? null : <p className="field-hint">{t('fee.unverified')}</p>}
      {others.length > 0 ? (
        <details>
          <summary><Pictogram name="down" className="summary-icon" />{t('fee.otherExemptions')}</summary>
          <p className="field-hint">{t('fee.otherExemptionsExplain')}</p>
          <ul>{others.map((e) => <li key={e.key}>{text.catalog(`fee.exemption.${e.key}`)}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
