import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { changeLanguage, initI18n } from '../lib/i18n';
import { startSession, type SessionUser } from '../lib/session';
import { isWorkspaceOpen } from '../db/keyring';
import { openTestWorkspace } from './workspace-keys';

export const TEST_STAFF: SessionUser = {
  userId: 'staff-1',
  username: 'canbo.bathuoc',
  displayName: 'Cán bộ xã Bá Thước',
  role: 'staff',
  communes: [{ code: '14923', name: 'Xã Bá Thước' }],
};

let ready: Promise<unknown> | undefined;

/** Renders a screen with the real locale files, in a language, for a signed-in staff member. */
export async function renderPage(ui: ReactElement, { language = 'vi', user = TEST_STAFF }: { language?: string; user?: SessionUser } = {}) {
  ready ??= initI18n(language);
  await ready;
  await changeLanguage(language);
  if (!isWorkspaceOpen(user.userId)) await openTestWorkspace(user.userId);
  startSession(user);
  return render(ui);
}
