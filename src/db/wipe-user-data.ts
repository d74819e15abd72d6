import type { CauNoiDatabase } from './database';
import { countUnsentEntries } from './outbox-queries';
import { reindexFlag } from './schema-versions';

export type LocalWork = { unsent: number; drafts: number };

export class UnsentWorkError extends Error {
  constructor(readonly unsent: number) {
    super(`${unsent} item(s) not yet on the server: nothing was deleted`);
    this.name = 'UnsentWorkError';
  }
}

/** What signing out would lose: outbox entries the server has not acknowledged, and unfinished drafts. */
export async function countLocalWork(db: CauNoiDatabase, userId: string): Promise<LocalWork> {
  const [unsent, drafts] = await Promise.all([
    countUnsentEntries(db, userId),
    db.drafts.where('ownerUserId').equals(userId).count(),
  ]);
  return { unsent, drafts };
}

/**
 * Removes everything of one staff member from this device (sign-out, issue 8 §2): their citizens, drafts,
 * outbox, photos, dossiers, profile and sync bookkeeping. Other staff members' workspaces are untouched.
 * The unsent count is checked inside the same transaction as the deletes, so work queued by a sync or a
 * tab in between can never be deleted unseen. (Strict durability is the database's default.)
 */
export async function wipeUserData(db: CauNoiDatabase, userId: string): Promise<void> {
  const tables = [db.outbox, db.drafts, db.citizens, db.attachments, db.dossiers, db.profiles, db.meta, db.searchTokens];
  await db.transaction('rw', tables, async () => {
    const unsent = await countUnsentEntries(db, userId);
    if (unsent > 0) throw new UnsentWorkError(unsent);
    for (const table of [db.outbox, db.drafts, db.citizens, db.attachments, db.dossiers]) {
      await table.where('ownerUserId').equals(userId).delete();
    }
    await db.searchTokens.where(':id').startsWith(`${userId}:`).delete();
    await db.meta.delete(reindexFlag(userId));
    await db.profiles.delete(userId);
    await db.meta.where('key').startsWith('sync:').filter((m) => m.key.endsWith(`:${userId}`)).delete();
  });
}
