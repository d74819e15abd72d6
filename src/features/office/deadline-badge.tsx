import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { formatIsoDate } from '../../components/ui/procedure-text';
import type { DeadlineState } from '../../domain/dossier/deadline';

const ICONS: Record<DeadlineState, string> = { overdue: 'warning', dueSoon: 'status', open: 'calendar', onTime: 'check', late: 'warning', unknown: 'info' };

/** Where a dossier stands against its deadline: an icon, a word and the date, so colour is never the only sign. */
export function DeadlineBadge({ state, dueDate }: { state: DeadlineState; dueDate: string | null }) {
  const { t, i18n } = useTranslation('office');
  return (
    <span className={`deadline deadline-${state}`} data-deadline={state}>
      <Pictogram name={ICONS[state]} size={18} />
      <span>{t(`deadline.${state}`)}{dueDate ? ` · ${formatIsoDate(dueDate, i18n.language)}` : ''}</span>
    </span>
  );
}
