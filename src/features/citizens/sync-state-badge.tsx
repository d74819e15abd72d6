import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import type { SyncState } from '../../db/records';

const icons: Record<SyncState, string> = { pending: 'upload', sent: 'check', attention: 'warning' };

/** The truth about a record: not sent yet / sent / needs attention — in words and an icon, not colour alone. */
export function SyncStateBadge({ state }: { state: SyncState }) {
  const { t } = useTranslation('sync');
  return (
    <span className={`badge badge-${state}`} data-sync-state={state}>
      <Pictogram name={icons[state]} size={18} />
      {t(`state.${state}`)}
    </span>
  );
}
