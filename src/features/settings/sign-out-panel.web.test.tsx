import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { saveCitizen } from '../../db/citizens';
import { getDatabase } from '../../db/database';
import { isWorkspaceOpen } from '../../db/keyring';
import { saveDraft } from '../../db/drafts';
import { validCitizen } from '../../domain/citizen/citizen-fixtures';
import { validateCitizen } from '../../domain/citizen/citizen-schema';
import { useSession } from '../../lib/session';
import { renderPage, TEST_STAFF } from '../../testing/render-page';
import { openTestWorkspace } from '../../testing/workspace-keys';
import { SignOutPanel } from './sign-out-panel';

const OTHER = 'staff-2';

async function registerCitizen(ownerUserId: string) {
  const parsed = validateCitizen({ ...validCitizen(), id: crypto.randomUUID(), photos: {} });
  if (!parsed.ok) throw new Error('fixture');
  await saveCitizen(getDatabase(), { ownerUserId, citizen: parsed.value, hlc: '1' });
}

describe('sign out of this device', () => {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));

  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
    await openTestWorkspace(TEST_STAFF.userId);
    await openTestWorkspace(OTHER);
    await db.profiles.put({ userId: TEST_STAFF.userId, username: TEST_STAFF.username, refreshToken: 'refresh-token-0123456789abcdef' } as never);
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says what would be lost, offers the export and deletes nothing while work is unsent', async () => {
    await registerCitizen(TEST_STAFF.userId);
    await registerCitizen(TEST_STAFF.userId);
    await renderPage(<SignOutPanel userId={TEST_STAFF.userId} />);
    const blocked = await screen.findByTestId('sign-out-blocked');
    expect(blocked).toHaveTextContent('Còn 2 mục chưa gửi lên máy chủ');
    expect(screen.getByRole('link', { name: /xuất công việc chưa gửi/ })).toHaveAttribute('href', '/sync');
    expect(screen.queryByRole('button', { name: 'Đăng xuất khỏi máy này' })).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await getDatabase().citizens.count()).toBe(2);
  });

  it('when everything is synced: revokes the session on the server, wipes only this user and drops the keys', async () => {
    const db = getDatabase();
    await registerCitizen(TEST_STAFF.userId);
    await registerCitizen(OTHER);
    // The server acknowledged this user's work.
    await db.outbox.where('ownerUserId').equals(TEST_STAFF.userId).modify({ state: 'done' });
    await saveDraft(db, { id: 'draft-1', ownerUserId: TEST_STAFF.userId, kind: 'citizen', data: { fullName: 'Nháp' } });

    await renderPage(<SignOutPanel userId={TEST_STAFF.userId} />, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out of this device' }));
    expect(await screen.findByText('1 unfinished draft will be deleted.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out and delete my data' }));

    await waitFor(() => expect(useSession.getState().user).toBeUndefined());
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/auth/sign-out', expect.objectContaining({ body: JSON.stringify({ refreshToken: 'refresh-token-0123456789abcdef' }) }));
    expect(await db.citizens.where('ownerUserId').equals(TEST_STAFF.userId).count()).toBe(0);
    expect(await db.outbox.where('ownerUserId').equals(TEST_STAFF.userId).count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.profiles.get(TEST_STAFF.userId)).toBeUndefined();
    expect(isWorkspaceOpen(TEST_STAFF.userId)).toBe(false);
    // The other staff member's workspace on the same tablet is untouched.
    expect(await db.citizens.where('ownerUserId').equals(OTHER).count()).toBe(1);
    expect(await db.outbox.where('ownerUserId').equals(OTHER).count()).toBe(1);
  });

  it('deletes nothing when the server cannot be reached', async () => {
    const db = getDatabase();
    await registerCitizen(TEST_STAFF.userId);
    await db.outbox.toCollection().modify({ state: 'done' });
    fetchMock.mockImplementationOnce(() => Promise.reject(new TypeError('offline')));
    await renderPage(<SignOutPanel userId={TEST_STAFF.userId} />, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out of this device' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out and delete my data' }));
    expect(await screen.findByText('Signing out needs the network. Nothing was deleted.')).toBeInTheDocument();
    expect(await db.citizens.count()).toBe(1);
  });
});
