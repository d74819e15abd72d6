import { lazy, Suspense, useEffect } from 'react';
import { FirstScreenSignal } from './first-screen';
import { useTranslation } from 'react-i18next';
import { matchPath, useRouter } from '../lib/router';
import { routes } from './routes';
import { Layout } from './layout';
import { useAppStore } from './app-store';
import { deviceWipedAt } from './device-wipe';
import { AuthGate } from './auth-gate';
import { useIdleLock } from './use-idle-lock';

const Banners = lazy(() => import('./banners'));

export function App() {
  const { t } = useTranslation();
  const path = useRouter((state) => state.path);
  const bannerDue = useAppStore((state) => state.updateReady || (state.integrity?.state === 'emptied' && !state.integrityAcknowledged));
  useIdleLock();
  const match = routes.map((route) => ({ route, params: matchPath(route.path, path) })).find((m) => m.params);

  useEffect(() => {
    // Move focus to the new screen's heading so screen readers announce it (WCAG 2.4.3).
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [path]);

  const Screen = match?.route.component;
  return (
    <Layout>
      {bannerDue || deviceWipedAt() ? <Suspense fallback={null}><Banners /></Suspense> : null}
      <Suspense fallback={<p className="loading" role="status">{t('app.loading')}</p>}>
        {Screen && match ? <AuthGate access={match.route.access}><Screen params={match.params ?? {}} /></AuthGate> : <p role="alert">{t('app.notFound')}</p>}
        <FirstScreenSignal />
      </Suspense>
    </Layout>
  );
}
