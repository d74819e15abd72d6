import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DocumentRequirement } from '../../domain/catalog/catalog-types';

/** What to bring: each paper, original or copy, how many, and whether it is needed in every case. */
export function DocumentList({ documents }: { documents: readonly DocumentRequirement[] }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  return (
    <ul className="requirement-list">
      {documents.map((d) => (
        <li key={d.id} className="requirement">
          <Pictogram name={d.form === 'present' ? 'idCard' : 'document'} size={32} />
          <div>
            <p className="requirement-title">{text.catalog(d.labelKey, d.id)}</p>
            <p className="requirement-meta">
              {d.generated ? t('procedures.generated') : t(`catalog:documentForm.${d.form}`)}
              {d.count > 1 ? ` · ${t('procedures.copies', { count: d.count })}` : ''}
              {!d.required ? ` · ${t('procedures.optional')}` : d.when ? ` · ${t('procedures.someCases')}` : ''}
            </p>
            {d.helpKey ? <p className="field-hint">{text.catalog(d.helpKey)}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
