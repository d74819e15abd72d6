import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { FeeRule } from '../../domain/catalog/catalog-types';

/** The fee in person and online, who does not pay, and a warning when a figure is still being checked. */
export function FeeRuleText({ fee }: { fee: FeeRule }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const { inPerson, online } = fee.amounts;
  return (
    <div className="form-stack">
      <dl className="facts">
        <dt>{t('procedures.feeInPerson')}</dt>
        <dd>{inPerson === null ? t('fee.setByProvince') : text.money(inPerson)}</dd>
        {online !== undefined ? <><dt>{t('procedures.feeOnline')}</dt><dd>{online === null ? t('fee.setByProvince') : text.money(online)}</dd></> : null}
      </dl>
      {fee.noteKey ? <p>{text.catalog(fee.noteKey)}</p> : null}
      {fee.exemptions.length > 0 ? (
        <>
          <h3>{t('procedures.exemptions')}</h3>
          <ul>{fee.exemptions.map((e) => <li key={e.key}>{text.catalog(`fee.exemption.${e.key}`)}</li>)}</ul>
        </>
      ) : null}
      {fee.verified ? null : <p className="field-hint">{t('procedures.unverifiedFee')}</p>}
    </div>
  );
}
