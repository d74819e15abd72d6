import { describe, expect, it } from 'vitest';
import { withBackOffice } from './back-office-nav';

const nav = [{ href: '/', icon: 'home', label: 'nav.home' }, { href: '/settings', icon: 'settings', label: 'nav.settings' }];

describe('withBackOffice', () => {
  it('adds the queue for officers, administration for admins, and the paper check for everyone signed out', () => {
    expect(withBackOffice(nav, 'staff').map((i) => i.href)).toEqual(['/', '/settings']);
    expect(withBackOffice(nav, 'officer').map((i) => i.href)).toEqual(['/', '/office', '/settings']);
    expect(withBackOffice(nav, 'admin').map((i) => i.href)).toEqual(['/', '/office', '/admin', '/settings']);
    expect(withBackOffice(nav, undefined).map((i) => i.href)).toEqual(['/', '/verify', '/settings']);
  });
});
