import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { useSession } from '../../lib/session';
import { useStorageStatus } from '../../lib/use-storage-status';
import { useLastSuccess, useSyncWarningSettings, useUnsentCount } from './use-sync';

const DAY = 24 * 60 * 60 * 1000;
/** Below this much free space, warn before a photo fails to save. */
const LOW_STORAGE_BYTES = 100 * 1024 * 1024;

/** Plain warnings: too long without a sync, too much unsent work, storage running low. */
export function SyncWarnings() {
  const { t } = useTranslation('sync');
  const user = useSession((s) => s.user);
  const unsent = useUnsentCount(user?.userId);
  const lastSuccess = useLastSuccess(user?.userId ?? '');
  const settings = useSyncWarningSettings();
  const { status: storage } = useStorageStatus();
  if (!user) return null;
  const days = lastSuccess ? Math.floor((Date.now() - Date.parse(lastSuccess)) / DAY) : undefined;
  const free = storage?.quota != null && storage.usage != null ? storage.quota - storage.usage : undefined;
  return (
    <>
      {unsent > 0 && (days === undefined || days >= settings.days) ? (
        <Banner tone="warning">{days === undefined ? t('warning.neverSynced', { count: unsent }) : t('warning.stale', { days, count: unsent })}</Banner>
      ) : null}
      {unsent > settings.unsentItems ? <Banner tone="warning">{t('warning.tooMany', { count: unsent })}</Banner> : null}
      {free !== undefined && free < LOW_STORAGE_BYTES ? <Banner tone="danger">{t('warning.storageLow', { megabytes: Math.max(0, Math.round(free / 1024 / 1024)) })}</Banner> : null}
    </>
  );
}
