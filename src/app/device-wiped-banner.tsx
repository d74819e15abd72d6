import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../components/ui/banner';
import { formatVietnamDateTime } from '../components/ui/procedure-text';
import { acknowledgeDeviceWipe, deviceWipedAt } from './device-wipe';

/** Says plainly why the tablet is empty after an administrator revoked it. */
export function DeviceWipedBanner() {
  const { t, i18n } = useTranslation('office');
  const [at, setAt] = useState(deviceWipedAt);
  if (!at) return null;
  return (
    <Banner tone="danger" actions={<button type="button" className="btn" onClick={() => { acknowledgeDeviceWipe(); setAt(undefined); }}>{t('wipe.acknowledge')}</button>}>
      <strong>{t('wipe.title')}</strong> {t('wipe.explain', { when: formatVietnamDateTime(at, i18n.language) })}
    </Banner>
  );
}
