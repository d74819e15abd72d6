import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { UnregisteredPerson } from '../../db/dossier-types';
import type { AnswerValue, FormField } from '../../domain/catalog/catalog-types';
import { isIsoDate } from '../../domain/calendar/dates';
import { ethnicityNameKey } from '../../domain/citizen/ethnicities';
import { isUuid } from '../../shared/ids';
import { PersonName } from './person-name';

/**
 * An answer in words: option labels, dates as the reader writes them, people by name. Without its
 * field (an answer kept from a removed question) the value's shape decides.
 */
export function AnswerText({ field, value, persons }: { field?: FormField; value: AnswerValue; persons: Readonly<Record<string, UnregisteredPerson>> }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  if (value === null) return <span>—</span>;
  if ((field?.type === 'personRef' || !field) && isUuid(value)) return <PersonName id={value} persons={persons} />;
  const option = (v: string) => {
    if (field?.type === 'choice' && 'optionSet' in field) return t(`reference:${ethnicityNameKey(v)}`);
    const labelKey = field?.type === 'choice' && 'options' in field ? field.options.find((o) => o.value === v)?.labelKey : `option.${v}`;
    return text.catalog(labelKey ?? `option.${v}`, v);
  };
  if (Array.isArray(value)) return <span>{value.map(option).join(', ')}</span>;
  if (field?.type === 'choice' && typeof value === 'string') return <span>{option(value)}</span>;
  if ((field?.type === 'date' || !field) && isIsoDate(value)) return <span>{text.date(value)}</span>;
  if (typeof value === 'boolean') return <span>{t(value ? 'answer.yes' : 'answer.no')}</span>;
  return <span lang="vi">{String(value)}</span>;
}
