import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import type { SyncState } from '../../db/records';

const icons: Record<SyncState, string> = { pending: 'upload', sent: 'check', attention: 'warning' };

/** Not sent yet / sent / needs attention — in words and an icon, never colour alone. */
export function SyncBadge({ state }: { state: SyncState }) {
  const { t } = useTranslation('sync');
  return (
    <span className={`badge badge-${state}`} data-sync-state={state}>
      <Pictogram name={icons[state]} size={18} />
      {t(`state.${state}`)}
    </span>
  );
}
