import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session';
import { Page } from '../components/ui/page';
import { Link } from '../components/ui/link';
import type { RouteAccess } from './routes';

// Sign-in and unlock (and the key handling behind them) load only when a protected screen needs them:
// the start screen a villager opens on 2G does not pay for them.
const loadGatePage = () => import('./auth-gate-page');
const GatePage = lazy(() => loadGatePage().then((m) => ({ default: m.AuthGatePage })));

/** A page load of a protected screen shows the PIN screen: main.tsx fetches its code with the language pack. */
export const preloadGatePage = (): void => void loadGatePage().catch(() => undefined);

/**
 * A protected screen asks who is using the tablet first. After the unlock, the same screen renders:
 * nothing in the URL or a half-filled form is lost by locking.
 */
export function AuthGate({ access, children }: { access: RouteAccess; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useSession((state) => state.user);
  if (access === 'public') return children;
  if (!user) return <GatePage />;
  // A citizen's own phone reaches only the screens for their own dossiers, never the staff's registers.
  const allowed = access === 'anyone' || (user.role !== 'citizen' && (access === 'signedIn' || user.role === 'admin' || (access === 'officer' && user.role === 'officer')));
  // A screen of its own, with a heading, so a screen reader user hears where they are (WCAG 2.4.2, 2.4.6).
  return allowed ? children : <Page title={t('app.forbidden')} icon="lock"><p><Link href="/">{t('nav.home')}</Link></p></Page>;
}
