import { beforeEach, describe, expect, it } from 'vitest';
import { CauNoiDatabase } from '../db/database';
import { saveCitizen } from '../db/citizens';
import { workspaceKey } from '../db/records';
import { readCursor } from '../db/sync-state';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen, type Citizen } from '../domain/citizen/citizen-schema';
import { applyPushResults } from './apply-push-results';
import { applyServerChanges } from './apply-server-changes';
import { getCitizen } from '../db/citizens';
import { blindFor } from '../db/seal';
import { openTestWorkspace } from '../testing/workspace-keys';

const USER = 'staff-1';
const citizen = (overrides: Partial<Citizen> = {}): Citizen => {
  const result = validateCitizen({ ...validCitizen(), photos: {}, id: crypto.randomUUID(), ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('applying the server’s answers on the device', () => {
  let db: CauNoiDatabase;
  beforeEach(async () => {
    db = new CauNoiDatabase(`sync-${crypto.randomUUID()}`);
    await openTestWorkspace(USER);
  });

  it('marks a record sent only when nothing of it is left, and keeps a rejection with its reason', async () => {
    const a = citizen();
    const b = citizen({ fullName: 'Lò Văn Đôi', citizenId: '038090012345', sex: 'male', birthDate: '1990-01-01' });
    await saveCitizen(db, { ownerUserId: USER, citizen: a, hlc: '1' });
    await saveCitizen(db, { ownerUserId: USER, citizen: b, hlc: '2' });
    const batch = await db.outbox.toArray();
    await applyPushResults(db, USER, batch, [
      { mutationId: batch[0]!.mutationId, status: 'applied', entityId: a.id, revision: 1 },
      { mutationId: batch[1]!.mutationId, status: 'rejected', entityId: b.id, error: { code: 'citizenId.birthYearMismatch' } },
    ]);
    expect(await getCitizen(db, USER, a.id)).toMatchObject({ syncState: 'sent', revision: 1 });
    expect(await getCitizen(db, USER, b.id)).toMatchObject({ syncState: 'attention' });
    expect((await db.outbox.get(batch[1]!.seq!))).toMatchObject({ state: 'rejected', error: { code: 'citizenId.birthYearMismatch' } });
  });

  it('keeps a retryable rejection in the queue, and reads a replay by its first outcome', async () => {
    const a = citizen();
    const b = citizen({ fullName: 'Lò Văn Đôi', citizenId: '038090012345', sex: 'male', birthDate: '1990-01-01' });
    await saveCitizen(db, { ownerUserId: USER, citizen: a, hlc: '1' });
    await saveCitizen(db, { ownerUserId: USER, citizen: b, hlc: '2' });
    const batch = await db.outbox.toArray();
    await applyPushResults(db, USER, batch, [
      { mutationId: batch[0]!.mutationId, status: 'rejected', entityId: a.id, error: { code: 'attachment-missing', retryable: true, params: { missing: ['x'] } } },
      { mutationId: batch[1]!.mutationId, status: 'alreadyProcessed', processedAs: 'rejected', entityId: b.id, error: { code: 'forbidden-commune' } },
    ]);
    expect(await db.outbox.get(batch[0]!.seq!)).toMatchObject({ state: 'pending', error: { code: 'attachment-missing' } });
    expect((await getCitizen(db, USER, a.id))!.syncState).toBe('pending');
    expect(await db.outbox.get(batch[1]!.seq!)).toMatchObject({ state: 'rejected', error: { code: 'forbidden-commune' } });
    expect((await getCitizen(db, USER, b.id))!.syncState).toBe('attention');
  });

  it('leaves unanswered mutations pending so they are sent again', async () => {
    const a = citizen();
    await saveCitizen(db, { ownerUserId: USER, citizen: a, hlc: '1' });
    await applyPushResults(db, USER, await db.outbox.toArray(), []);
    expect((await db.outbox.toArray())[0]!.state).toBe('pending');
    expect((await getCitizen(db, USER, a.id))!.syncState).toBe('pending');
  });

  it('re-files a citizen the server already had under its id and tells the staff member', async () => {
    const mine = citizen();
    const serverId = crypto.randomUUID();
    await saveCitizen(db, { ownerUserId: USER, citizen: mine, hlc: '1' });
    const batch = await db.outbox.toArray();
    await applyPushResults(db, USER, batch, [{ mutationId: batch[0]!.mutationId, status: 'linked', entityId: mine.id, linkedTo: serverId, revision: 4 }]);
    expect(await getCitizen(db, USER, mine.id)).toBeUndefined();
    expect(await getCitizen(db, USER, serverId)).toMatchObject({ id: serverId, linkedFrom: [mine.id], syncState: 'sent', revision: 4 });
    expect(await db.meta.get(`notice:linked:${mine.id}`)).toBeDefined();
  });

  it('stores pulled changes with the cursor, without overwriting a field edited here and not yet sent', async () => {
    const a = citizen();
    await saveCitizen(db, { ownerUserId: USER, citizen: a, hlc: '1' });
    await db.outbox.toCollection().modify({ state: 'done' });
    await saveCitizen(db, { ownerUserId: USER, citizen: { ...a, phone: '0987654321' }, hlc: '2' });
    await applyServerChanges(db, USER, [{
      entity: 'citizen', entityId: a.id, revision: 7, seq: 12, deleted: false,
      fields: { ...a, phone: '0911111111', fullName: 'Hà Thị Xuân Mai' }, fieldClocks: {},
      history: [{ field: 'fullName', value: 'Hà Thị Xuân', hlc: '1', winner: '2', at: '2026-11-26T01:00:00.000Z', revision: 6 }],
    }], '12');
    const stored = (await getCitizen(db, USER, a.id))!;
    const raw = (await db.citizens.get(workspaceKey(USER, a.id)))!;
    expect(stored.data.phone).toBe('0987654321'); // local, unsent edit kept
    expect(stored.data.fullName).toBe('Hà Thị Xuân Mai'); // server value taken
    expect(raw.tokenKeys).toContain(await blindFor(USER, 'mai')); // search index follows, blind
    expect(JSON.stringify(raw)).not.toContain('Mai');
    expect(stored.conflicts).toEqual([{ field: 'fullName', value: 'Hà Thị Xuân', at: '2026-11-26T01:00:00.000Z' }]);
    expect(stored.syncState).toBe('pending');
    expect(await readCursor(db, USER)).toBe('12');
  });
});
