import type { CauNoiDatabase } from '../db/database';
import { readCursor } from '../db/sync-state';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../shared/protocol';
import { applyServerChanges } from './apply-server-changes';
import { nextBatchSize } from './batch-size';
import { pullChanges, type PullPage } from './protocol-client';
import { useSyncStatus } from './sync-status';

export type PullOutcome = { received: number; resources?: Record<string, string> };

/**
 * Pulls what changed on the server since this user's cursor, page by page, until nothing is left.
 * The next page is requested while the current one is being stored (its cursor is known as soon as the
 * page arrives); each page still commits with its own cursor, in order, so a crash at any point resumes
 * from the last stored page. Pages grow while the link answers quickly (batch-size.ts).
 */
export async function pullServerChanges(db: CauNoiDatabase, userId: string, token: () => Promise<string>): Promise<PullOutcome> {
  useSyncStatus.setState({ phase: 'pulling', itemsDone: 0, itemsTotal: 0, bytesDone: 0, bytesTotal: 0 });
  let limit = DEFAULT_PULL_LIMIT;
  const request = async (cursor: string): Promise<{ page: PullPage; elapsed: number }> => {
    const started = performance.now();
    const page = await pullChanges(await token(), cursor, limit);
    return { page, elapsed: performance.now() - started };
  };
  let next = request(await readCursor(db, userId));
  let received = 0;
  for (;;) {
    const { page, elapsed } = await next;
    limit = nextBatchSize(limit, page.changes.length, elapsed, { min: 100, max: MAX_PULL_LIMIT });
    if (page.hasMore) {
      next = request(page.cursor);
      // Not awaited if storing this page fails: its failure must not surface as an unhandled rejection.
      next.catch(() => undefined);
    }
    await applyServerChanges(db, userId, page.changes, page.cursor);
    received += page.changes.length;
    useSyncStatus.setState({ itemsDone: received, itemsTotal: received + (page.hasMore ? 1 : 0) });
    if (!page.hasMore) return { received, ...(page.resources ? { resources: page.resources } : {}) };
  }
}
