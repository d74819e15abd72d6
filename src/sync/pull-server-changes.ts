import type { CauNoiDatabase } from '../db/database';
import { readCursor } from '../db/sync-state';
import { applyServerChanges } from './apply-server-changes';
import { pullChanges } from './protocol-client';
import { useSyncStatus } from './sync-status';

/** Pulls what changed on the server since this user's cursor, page by page, until nothing is left. */
export async function pullServerChanges(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<number> {
  useSyncStatus.setState({ phase: 'pulling', itemsDone: 0, itemsTotal: 0, bytesDone: 0, bytesTotal: 0 });
  let cursor = await readCursor(db, userId);
  let received = 0;
  for (;;) {
    const page = await pullChanges(await token(), cursor);
    await applyServerChanges(db, userId, page.changes, page.cursor);
    cursor = page.cursor;
    received += page.changes.length;
    useSyncStatus.setState({ itemsDone: received, itemsTotal: received + (page.hasMore ? 1 : 0) });
    if (!page.hasMore) return received;
  }
}
