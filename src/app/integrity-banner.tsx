import { useTranslation } from 'react-i18next';
import { Banner } from '../components/ui/banner';
import { acknowledgeDataLoss } from '../db/integrity';
import { getDatabase } from '../db/database';
import { useAppStore } from './app-store';

/** Says plainly that the browser deleted this device's data, instead of acting as if nothing was there. */
export function IntegrityBanner() {
  const { t, i18n } = useTranslation();
  const { integrity, integrityAcknowledged } = useAppStore();
  if (integrity?.state !== 'emptied' || integrityAcknowledged) return null;
  const when = new Date(integrity.lost.checkedAt).toLocaleString(i18n.language);
  return (
    <Banner tone="danger" actions={
      <button type="button" className="btn" onClick={async () => {
        await acknowledgeDataLoss(getDatabase());
        useAppStore.setState({ integrityAcknowledged: true });
      }}>{t('integrity.acknowledge')}</button>
    }>
      <strong>{t('integrity.title')}</strong>{' '}
      {t('integrity.explain', { when, unsent: integrity.lost.unsent, citizens: integrity.lost.citizens })}
    </Banner>
  );
}
