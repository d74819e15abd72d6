import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';

const ICONS: Record<string, string> = {
  received: 'folder', inProcessing: 'status', needsSupplement: 'warning', resultReady: 'check', returned: 'check', refused: 'close', submitted: 'upload', draft: 'document',
};

/** A dossier's status as an icon and words (never a colour alone). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <Pictogram name={ICONS[status] ?? 'info'} size={18} />
      <span>{t(`reference:dossierStatus.${status}`, { defaultValue: status })}</span>
    </span>
  );
}
