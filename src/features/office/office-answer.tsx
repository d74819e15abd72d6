import { useTranslation } from 'react-i18next';
import { formatIsoDate, useProcedureText } from '../../components/ui/procedure-text';
import type { FormField } from '../../domain/catalog/catalog-types';
import { isIsoDate } from '../../domain/calendar/dates';
import { ethnicityNameKey } from '../../domain/citizen/ethnicities';
import { isUuid } from '../../shared/ids';

type Props = { field?: FormField; value: unknown; persons: Record<string, { fullName?: string }>; citizen?: { id: string; name: string } };

/** An answer in words, as the officer reads it: option labels, dates, people by name. */
export function OfficeAnswer({ field, value, persons, citizen }: Props) {
  const { t, i18n } = useTranslation('office');
  const text = useProcedureText();
  if (value === null || value === undefined || value === '') return <span>—</span>;
  if (isUuid(value)) {
    const name = persons[value]?.fullName ?? (citizen?.id === value ? citizen.name : undefined);
    return <span lang="vi">{name ?? t('dossier.registeredPerson')}</span>;
  }
  const option = (v: string) => {
    if (field?.type === 'choice' && 'optionSet' in field) return t(`reference:${ethnicityNameKey(v)}`);
    const labelKey = field?.type === 'choice' && 'options' in field ? field.options.find((o) => o.value === v)?.labelKey : undefined;
    return labelKey ? text.catalog(labelKey, v) : v;
  };
  if (Array.isArray(value)) return <span>{value.map((v) => option(String(v))).join(', ')}</span>;
  if (typeof value === 'boolean') return <span>{t(value ? 'common.yes' : 'common.no')}</span>;
  if (field?.type === 'choice' && typeof value === 'string') return <span>{option(value)}</span>;
  if (isIsoDate(value)) return <span>{formatIsoDate(value, i18n.language)}</span>;
  return <span lang="vi">{typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)}</span>;
}
