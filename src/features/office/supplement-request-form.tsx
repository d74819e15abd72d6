import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Procedure } from '../../domain/catalog/catalog-types';

export type SupplementRequest = { reason: string; missingItems: string[] };

/**
 * What to ask the field for: the reason, and the papers to photograph — ticked from the procedure's list
 * (the field worker's tablet then knows exactly which document each photo belongs to) or written in.
 */
export function SupplementRequestForm({ procedure, busy, onSubmit, onCancel }: { procedure?: Procedure; busy: boolean; onSubmit: (request: SupplementRequest) => void; onCancel: () => void }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const documents = procedure?.documents.filter((d) => !d.generated) ?? [];
  const items = [...checked, ...other.split('\n').map((line) => line.trim()).filter(Boolean)];
  const ready = reason.trim() !== '' && items.length > 0;
  return (
    <form className="form-stack tight office-action-form" onSubmit={(e) => { e.preventDefault(); if (ready) onSubmit({ reason: reason.trim(), missingItems: items }); }}>
      <div className="field">
        <label htmlFor="supplement-reason">{t('actions.reason')}</label>
        <textarea id="supplement-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
      </div>
      <fieldset>
        <legend>{t('actions.missingDocuments')}</legend>
        {documents.map((d) => (
          <label key={d.id} className="check-inline">
            <input type="checkbox" checked={checked.includes(d.id)} onChange={(e) => setChecked((c) => (e.target.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))} />
            <span>{text.catalog(d.labelKey, d.id)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="supplement-other">{t('actions.otherItems')}</label>
        <textarea id="supplement-other" rows={2} value={other} onChange={(e) => setOther(e.target.value)} aria-describedby="supplement-other-hint" />
        <p id="supplement-other-hint" className="field-hint">{t('actions.otherItemsHint')}</p>
      </div>
      <div className="btn-row">
        <button type="submit" className="btn btn-primary" disabled={!ready || busy}>{t('actions.sendRequest')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('actions.cancel')}</button>
      </div>
    </form>
  );
}
