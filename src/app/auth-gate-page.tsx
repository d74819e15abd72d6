import { useTranslation } from 'react-i18next';
import { UnlockPage } from '../features/auth/unlock-page';
import { useProfiles } from '../features/auth/use-auth';
import { SignInPage } from '../features/auth/sign-in-page';

/** Who is using the tablet: unlock with a PIN when someone has signed in here before, else sign in. */
export function AuthGatePage() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  if (!profiles) return <p role="status">{t('app.loading')}</p>;
  return profiles.length > 0 ? <UnlockPage /> : <SignInPage />;
}
