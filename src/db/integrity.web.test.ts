import { beforeEach, describe, expect, it } from 'vitest';
import { CauNoiDatabase } from './database';
import { acknowledgeDataLoss, checkDatabaseIntegrity } from './integrity';

describe('detecting a database emptied by the browser', () => {
  beforeEach(() => localStorage.clear());

  it('reports a fresh device, then an intact one', async () => {
    const db = new CauNoiDatabase(`fresh-${crypto.randomUUID()}`);
    const first = await checkDatabaseIntegrity(db);
    expect(first.state).toBe('fresh');
    const second = await checkDatabaseIntegrity(db);
    expect(second).toEqual({ state: 'intact', installId: first.installId });
  });

  it('says so when the database vanished, with what was on the device, until acknowledged', async () => {
    const name = `emptied-${crypto.randomUUID()}`;
    const db = new CauNoiDatabase(name);
    await checkDatabaseIntegrity(db, new Date('2026-11-20T08:00:00Z'));
    await db.outbox.add({ mutationId: 1, deviceId: 'd', ownerUserId: 'u', entity: 'citizen', op: 'upsert', entityId: 'c', hlc: 'h', baseRevision: 0, sealedFields: { iv: '', data: '' }, fieldNames: [], createdAt: 'x', state: 'pending', attempts: 0 });
    await checkDatabaseIntegrity(db, new Date('2026-11-21T08:00:00Z'));
    await db.delete(); // what Chromium does to a corrupted store

    const reopened = new CauNoiDatabase(name);
    const report = await checkDatabaseIntegrity(reopened);
    expect(report.state).toBe('emptied');
    if (report.state !== 'emptied') return;
    expect(report.lost).toMatchObject({ unsent: 1, checkedAt: '2026-11-21T08:00:00.000Z' });

    // A reload must not hide the notice.
    expect((await checkDatabaseIntegrity(reopened)).state).toBe('emptied');
    await acknowledgeDataLoss(reopened);
    expect((await checkDatabaseIntegrity(reopened)).state).toBe('intact');
  });
});
