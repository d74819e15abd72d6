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
