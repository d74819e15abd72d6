import type { CauNoiDatabase } from './database';
import type { DraftRecord } from './types';

export async function saveDraft(db: CauNoiDatabase, draft: Omit<DraftRecord, 'createdAt' | 'updatedAt'>, now = new Date()): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(draft.id);
    await db.drafts.put({ ...draft, createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString() });
  });
}

export async function getDraft(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<DraftRecord | undefined> {
  const draft = await db.drafts.get(id);
  // A draft belongs to one workspace: another staff member on the tablet never opens it.
  return draft?.ownerUserId === ownerUserId ? draft : undefined;
}

export function listDrafts(db: CauNoiDatabase, ownerUserId: string, kind: DraftRecord['kind']): Promise<DraftRecord[]> {
  return db.drafts.where('ownerUserId').equals(ownerUserId).filter((d) => d.kind === kind).reverse().sortBy('updatedAt');
}

export async function deleteDraft(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if ((await db.drafts.get(id))?.ownerUserId === ownerUserId) await db.drafts.delete(id);
  });
}
