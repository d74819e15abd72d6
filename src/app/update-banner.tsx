import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/ui/banner';
import { useAppStore } from './app-store';

/** "A new version is ready": applied only when the user taps, after open drafts are saved. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { updateReady, applyUpdate } = useAppStore();
  const [applying, setApplying] = useState(false);
  if (!updateReady || !applyUpdate) return null;
  const apply = async () => {
    setApplying(true);
    await applyUpdate();
  };
  return (
    <Banner tone="info" actions={<button type="button" className="btn btn-primary" disabled={applying} onClick={apply}>{t('update.apply')}</button>}>
      <strong>{t('update.ready')}</strong> {t('update.explain')}
    </Banner>
  );
}
