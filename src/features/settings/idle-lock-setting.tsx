import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/ui/field';
import { IDLE_MINUTES_CHOICES } from '../../db/device-settings';
import { saveIdleMinutes, useIdleMinutes } from './use-idle-minutes';

/** How long a shared tablet waits before locking itself (a device setting, for every staff member). */
export function IdleLockSetting() {
  const { t } = useTranslation();
  const minutes = useIdleMinutes();
  return (
    <section className="card" aria-labelledby="idle-title">
      <h2 id="idle-title">{t('settings.idle.title')}</h2>
      <SelectField label={t('settings.idle.label')} hint={t('settings.idle.hint')} value={String(minutes)} placeholder={t('settings.idle.choose')}
        options={IDLE_MINUTES_CHOICES.map((m) => ({ value: String(m), label: t('settings.idle.minutes', { count: m }) }))}
        onChange={(value) => { if (value) void saveIdleMinutes(Number(value)); }} />
    </section>
  );
}
