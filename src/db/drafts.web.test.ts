import { describe, expect, it } from 'vitest';
import { CauNoiDatabase } from './database';
import { deleteExpiredDrafts, listDrafts, saveDraft, writeDraftRetentionDays } from './drafts';
import { openTestWorkspace } from '../testing/workspace-keys';

const DAY = 86_400_000;
const now = new Date('2026-06-01T08:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

describe('retention of drafts never submitted', () => {
  it('deletes drafts older than 90 days by default, in every workspace, and keeps the rest', async () => {
    await openTestWorkspace('u-a');
    await openTestWorkspace('u-b');
    const db = new CauNoiDatabase(`drafts-${crypto.randomUUID()}`);
    await saveDraft(db, { id: 'old-a', ownerUserId: 'u-a', kind: 'citizen', data: { fullName: 'A' } }, daysAgo(91));
    await saveDraft(db, { id: 'old-b', ownerUserId: 'u-b', kind: 'dossier', data: {} }, daysAgo(200));
    await saveDraft(db, { id: 'recent', ownerUserId: 'u-a', kind: 'citizen', data: { fullName: 'B' } }, daysAgo(89));

    expect(await deleteExpiredDrafts(db, now)).toBe(2);
    expect((await listDrafts(db, 'u-a', 'citizen')).map((d) => d.id)).toEqual(['recent']);
    expect(await db.drafts.count()).toBe(1);
  });

  it('follows a shorter retention setting and refuses a nonsensical one', async () => {
    await openTestWorkspace('u-a');
    const db = new CauNoiDatabase(`drafts-${crypto.randomUUID()}`);
    await writeDraftRetentionDays(db, 30);
    await expect(writeDraftRetentionDays(db, 0)).rejects.toThrow(RangeError);
    await saveDraft(db, { id: 'month', ownerUserId: 'u-a', kind: 'citizen', data: {} }, daysAgo(31));
    await saveDraft(db, { id: 'week', ownerUserId: 'u-a', kind: 'citizen', data: {} }, daysAgo(7));
    expect(await deleteExpiredDrafts(db, now)).toBe(1);
    expect((await db.drafts.toArray()).map((d) => d.id)).toEqual(['week']);
  });
});
