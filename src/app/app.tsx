import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useRouter } from '../lib/router';
import { routes } from './routes';
import { Layout } from './layout';
import { UpdateBanner } from './update-banner';
import { IntegrityBanner } from './integrity-banner';
import { DeviceWipedBanner } from './device-wiped-banner';
import { AuthGate } from './auth-gate';
import { useIdleLock } from './use-idle-lock';

export function App() {
  const { t } = useTranslation();
  const path = useRouter((state) => state.path);
  useIdleLock();
  const match = routes.map((route) => ({ route, params: matchPath(route.path, path) })).find((m) => m.params);

  useEffect(() => {
    // Move focus to the new screen's heading so screen readers announce it (WCAG 2.4.3).
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [path]);

  const Screen = match?.route.component;
  return (
    <Layout>
      <UpdateBanner />
      <IntegrityBanner />
      <DeviceWipedBanner />
      <Suspense fallback={<p className="loading" role="status">{t('app.loading')}</p>}>
        {Screen && match ? <AuthGate access={match.route.access}><Screen params={match.params ?? {}} /></AuthGate> : <p role="alert">{t('app.notFound')}</p>}
      </Suspense>
    </Layout>
  );
}
