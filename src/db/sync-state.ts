import type { CauNoiDatabase } from './database';
import { countUnsentEntries } from './outbox-queries';

// Per-user sync bookkeeping, kept in the meta table.
const cursorKey = (userId: string) => `sync:cursor:${userId}`;
const lastSuccessKey = (userId: string) => `sync:lastSuccess:${userId}`;

export async function readCursor(db: CauNoiDatabase, userId: string): Promise<string> {
  return ((await db.meta.get(cursorKey(userId)))?.value as string | undefined) ?? '';
}

/** Call inside the transaction that stores the pulled changes: the cursor never runs ahead of the data. */
export async function writeCursor(db: CauNoiDatabase, userId: string, cursor: string): Promise<void> {
  await db.meta.put({ key: cursorKey(userId), value: cursor });
}

export async function readLastSuccess(db: CauNoiDatabase, userId: string): Promise<string | undefined> {
  return (await db.meta.get(lastSuccessKey(userId)))?.value as string | undefined;
}

export async function writeLastSuccess(db: CauNoiDatabase, userId: string, at: string): Promise<void> {
  await db.meta.put({ key: lastSuccessKey(userId), value: at });
}

/** Items not yet acknowledged by the server (pending or needing attention). */
export function countUnsent(db: CauNoiDatabase, userId: string): Promise<number> {
  return countUnsentEntries(db, userId);
}
