import { useTranslation } from 'react-i18next';
import { ChoiceField, SelectField, TextField } from '../../components/ui/field';
import { MultiChoiceField } from '../../components/ui/multi-choice-field';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { AnswerValue, FormField } from '../../domain/catalog/catalog-types';
import { ETHNICITIES, ethnicityNameKey } from '../../domain/citizen/ethnicities';

type Props = {
  field: Exclude<FormField, { type: 'personRef' }>;
  label: string; help?: string; required: boolean; error?: string;
  value: AnswerValue | undefined; onChange: (value: AnswerValue | undefined) => void;
};

/** Radios while the options fit on a phone screen; a list beyond that. */
const MAX_RADIOS = 6;

/** A number is stored as a number once it reads as one; anything else stays as typed so validation can say so. */
function parseNumber(text: string): AnswerValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : trimmed;
}

/** One question of a procedure's form, generated from the catalog. */
export function AnswerField({ field, label, help, required, error, value, onChange }: Props) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const common = { label, required, ...(help ? { hint: help } : {}), ...(error ? { error } : {}) };
  switch (field.type) {
    case 'text':
      return <TextField {...common} value={typeof value === 'string' ? value : ''} onChange={onChange} maxLength={field.maxLength}
        {...(field.format === 'phone' ? { type: 'tel', inputMode: 'tel' as const } : field.format === 'citizenId' ? { inputMode: 'numeric' as const } : {})} />;
    case 'date':
      return <TextField {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={onChange} />;
    case 'number':
      return <TextField {...common} inputMode="numeric" value={value === undefined || value === null ? '' : String(value)} onChange={(v) => onChange(parseNumber(v))} />;
    case 'choice': {
      const options = 'optionSet' in field
        ? ETHNICITIES.map((e) => ({ value: e.code, label: t(`reference:${ethnicityNameKey(e.code)}`) }))
        : field.options.map((o) => ({ value: o.value, label: text.catalog(o.labelKey, o.value) }));
      const description = help ? { description: help } : {};
      if (field.multiple) {
        return <MultiChoiceField legend={label} required={required} {...description} error={error} options={options}
          value={Array.isArray(value) ? value : []} onChange={(v) => onChange(v)} />;
      }
      const current = typeof value === 'string' ? value : '';
      if (options.length > MAX_RADIOS) return <SelectField {...common} value={current} onChange={onChange} options={options} placeholder={t('form.choose')} />;
      return <ChoiceField name={`answer-${field.id}`} legend={label} required={required} {...description} error={error} options={options} value={current} onChange={onChange} />;
    }
  }
}
