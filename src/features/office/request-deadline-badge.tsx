import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { formatIsoDate } from '../../components/ui/procedure-text';
import type { RequestDeadline } from './office-types';

const ICONS: Record<RequestDeadline, string> = { overdue: 'warning', dueSoon: 'status', open: 'calendar', done: 'check' };

/** A data request against its legal time limit: icon, word and date, so colour is never the only sign. */
export function RequestDeadlineBadge({ state, dueDate }: { state: RequestDeadline; dueDate: string }) {
  const { t, i18n } = useTranslation('office');
  const css = state === 'done' ? 'onTime' : state;
  return (
    <span className={`deadline deadline-${css}`} data-deadline={state}>
      <Pictogram name={ICONS[state]} size={18} />
      <span>{t(`rights.deadline.${state}`)}{state === 'done' ? '' : ` · ${formatIsoDate(dueDate, i18n.language)}`}</span>
    </span>
  );
}
