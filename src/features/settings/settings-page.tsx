import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { LanguagePicker } from '../../components/ui/language-picker';
import { LATEST_SCHEMA_VERSION } from '../../db/schema-versions';
import { StoragePanel } from './storage-panel';
import { IdleLockSetting } from './idle-lock-setting';
import { useSession } from '../../lib/session';
import { SignOutPanel } from './sign-out-panel';

export function SettingsPage() {
  const { t } = useTranslation();
  const userId = useSession((s) => s.user?.userId);
  const signedIn = Boolean(userId);
  return (
    <Page title={t('settings.title')} icon="settings">
      <LanguagePicker />
      <StoragePanel />
      {signedIn ? <IdleLockSetting /> : null}
      {userId ? <SignOutPanel userId={userId} /> : null}
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">{t('settings.about.title')}</h2>
        <p>{t('settings.about.text')}</p>
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="build-id">{__BUILD_ID__}</dd>
          <dt>{t('settings.about.schema')}</dt>
          <dd>{LATEST_SCHEMA_VERSION}</dd>
        </dl>
      </section>
    </Page>
  );
}
