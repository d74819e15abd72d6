import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/ui/link';
import { Pictogram } from '../components/ui/pictogram';
import { navigate, useRouter } from '../lib/router';
import { endSession, useSession } from '../lib/session';
import { flushOpenDrafts } from '../lib/draft-flush';
import { useUnsentCount } from '../features/sync/use-unsent-count';
import { withBackOffice } from './back-office-nav';

type NavItem = { href: string; icon: string; label: string };
const publicNav: NavItem[] = [
  { href: '/', icon: 'home', label: 'nav.home' },
  { href: '/status', icon: 'status', label: 'nav.status' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];
const staffNav: NavItem[] = [
  { href: '/', icon: 'home', label: 'nav.home' },
  { href: '/citizens', icon: 'people', label: 'nav.citizens' },
  { href: '/dossiers', icon: 'folder', label: 'nav.dossiers' },
  { href: '/sync', icon: 'sync', label: 'nav.sync' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];

/** Locks the tablet for the next person: open drafts are saved first. */
async function lockNow(): Promise<void> {
  await flushOpenDrafts();
  endSession();
  navigate('/unlock');
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const path = useRouter((state) => state.path);
  const user = useSession((state) => state.user);
  const nav = withBackOffice(user ? staffNav : publicNav, user?.role);
  const unsent = useUnsentCount(user?.userId);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="topbar">
        <Link href="/" className="brand"><span className="brand-logo" aria-hidden="true" />{t('app.name')}</Link>
        <span className="topbar-spacer" />
        {user && unsent > 0 ? (
          <Link href="/sync" className="sync-badge" aria-label={t('sync:badge', { count: unsent })} data-testid="unsent-badge">
            <Pictogram name="upload" size={20} /><span>{unsent}</span>
          </Link>
        ) : null}
        {user ? (
          <>
            <span className="topbar-user">{t('auth:unlock.signedInAs', { name: user.displayName })}</span>
            <button type="button" className="btn btn-ghost" onClick={() => void lockNow()} aria-label={t('auth:unlock.lockNow')}>
              <Pictogram name="lock" /><span className="wide-only">{t('auth:unlock.lockNow')}</span>
            </button>
          </>
        ) : null}
      </header>
      <main id="main" className="content">{children}</main>
      <nav className="bottomnav" aria-label={t('nav.label')}>
        {nav.map((item) => (
          <Link key={item.href} href={item.href} className="navitem" aria-current={path === item.href || (item.href !== '/' && path.startsWith(`${item.href}/`)) ? 'page' : undefined}>
            <Pictogram name={item.icon} />
            <span>{t(item.label)}</span>
          </Link>
        ))}
      </nav>
    </div>
  );
}
