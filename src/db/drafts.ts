import { DRAFT_RETENTION } from '../domain/privacy/retention';
import type { CauNoiDatabase } from './database';
import { openFor, sealFor } from './seal';
import type { DraftRecord, DraftView } from './types';

/** Saves what was typed, sealed under the workspace key (a draft holds the same personal data as a record). */
export async function saveDraft(db: CauNoiDatabase, draft: Omit<DraftView, 'createdAt' | 'updatedAt'>, now = new Date()): Promise<void> {
  const { data, ...rest } = draft;
  const sealed = await sealFor(draft.ownerUserId, data);
  await db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(draft.id);
    await db.drafts.put({ ...rest, sealed, createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString() });
  });
}

const open = async ({ sealed, ...rest }: DraftRecord): Promise<DraftView> => ({ ...rest, data: await openFor(rest.ownerUserId, sealed) });

export async function getDraft(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<DraftView | undefined> {
  const draft = await db.drafts.get(id);
  // A draft belongs to one workspace: another staff member on the tablet never opens it.
  return draft?.ownerUserId === ownerUserId ? open(draft) : undefined;
}

export async function listDrafts(db: CauNoiDatabase, ownerUserId: string, kind: DraftRecord['kind']): Promise<DraftView[]> {
  const drafts = await db.drafts.where('ownerUserId').equals(ownerUserId).filter((d) => d.kind === kind).reverse().sortBy('updatedAt');
  return Promise.all(drafts.map(open));
}

export async function deleteDraft(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if ((await db.drafts.get(id))?.ownerUserId === ownerUserId) await db.drafts.delete(id);
  });
}

/** Drafts never submitted are kept this long (issue 8 §4, retention); an admin sets another period on the server. */
export const DEFAULT_DRAFT_RETENTION_DAYS = DRAFT_RETENTION.defaultDays;
const retentionKey = 'settings:draftRetentionDays';

export async function readDraftRetentionDays(db: CauNoiDatabase): Promise<number> {
  const value = (await db.meta.get(retentionKey))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_DRAFT_RETENTION_DAYS;
}

export async function writeDraftRetentionDays(db: CauNoiDatabase, days: number): Promise<void> {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError('retention days must be a positive whole number');
  await db.meta.put({ key: retentionKey, value: days });
}

/**
 * Deletes every workspace's drafts last changed more than the retention period ago (run on app start).
 * Personal data typed but never submitted is not kept indefinitely; `updatedAt` is stored in clear, so
 * this needs no key and reaches locked workspaces too.
 */
export async function deleteExpiredDrafts(db: CauNoiDatabase, now = new Date()): Promise<number> {
  const days = await readDraftRetentionDays(db);
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction('rw', db.drafts, () => db.drafts.where('updatedAt').below(cutoff).delete());
}
