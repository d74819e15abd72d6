import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../../lib/use-storage-status';

const megabytes = (bytes: number, language: string) =>
  (bytes / (1024 * 1024)).toLocaleString(language, { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });

/** Storage used / available and whether the browser promised not to evict this device's data. */
export function StoragePanel() {
  const { t, i18n } = useTranslation();
  const { status, requestPersistence } = useStorageStatus();
  if (!status) return <p role="status">{t('app.loading')}</p>;
  const { usage, quota, persisted } = status;
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      <dl className="facts">
        <dt>{t('settings.storage.used')}</dt>
        <dd data-testid="storage-used">{usage === null ? t('settings.storage.unknown') : t('settings.storage.megabytes', { value: megabytes(usage, i18n.language) })}</dd>
        <dt>{t('settings.storage.available')}</dt>
        <dd data-testid="storage-available">{usage === null || quota === null ? t('settings.storage.unknown') : t('settings.storage.megabytes', { value: megabytes(quota - usage, i18n.language) })}</dd>
        <dt>{t('settings.storage.persistent')}</dt>
        <dd data-testid="storage-persistent">{persisted === null ? t('settings.storage.unknown') : persisted ? t('settings.storage.persistentYes') : t('settings.storage.persistentNo')}</dd>
      </dl>
      {persisted === false ? (
        <>
          <p>{t('settings.storage.persistentExplain')}</p>
          <button type="button" className="btn" onClick={requestPersistence}>{t('settings.storage.requestPersistent')}</button>
        </>
      ) : null}
    </section>
  );
}
