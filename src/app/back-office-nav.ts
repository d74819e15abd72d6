import type { SessionUser } from '../lib/session';

type NavItem = { href: string; icon: string; label: string };

/**
 * The navigation with the back office for those who use it (officers: the queue; admins: administration too),
 * and the paper check for everyone who is not signed in (a citizen's phone).
 */
export function withBackOffice<T extends NavItem>(nav: readonly T[], role: SessionUser['role'] | undefined): NavItem[] {
  const [home, ...rest] = nav;
  const extra: NavItem[] = [];
  if (role === 'officer' || role === 'admin') extra.push({ href: '/office', icon: 'list', label: 'office:nav.office' });
  if (role === 'admin') extra.push({ href: '/admin', icon: 'lock', label: 'office:nav.admin' });
  if (!role) return [...nav.slice(0, -1), { href: '/verify', icon: 'qr', label: 'office:nav.verify' }, ...nav.slice(-1)];
  return home ? [home, ...extra, ...rest] : extra;
}
