import type { CauNoiDatabase } from '../db/database';
import { workspaceKey } from '../db/records';
import { openCitizens, sealCitizen } from '../db/citizens';
import type { OutboxView } from '../db/types';
import type { MutationResult } from './protocol-client';

/** Re-files a citizen captured offline under the id of the person the server already had (dedup by ID number). */
async function linkCitizen(db: CauNoiDatabase, userId: string, fromId: string, toId: string): Promise<void> {
  const stored = await db.citizens.get(workspaceKey(userId, fromId));
  if (!stored) return;
  const storedExisting = await db.citizens.get(workspaceKey(userId, toId));
  const [from, existing] = await openCitizens(storedExisting ? [stored, storedExisting] : [stored]);
  await db.citizens.delete(stored.key);
  await db.citizens.put(await sealCitizen({
    ...from!,
    ...existing,
    key: workspaceKey(userId, toId),
    id: toId,
    data: { ...from!.data, ...existing?.data, id: toId },
    linkedFrom: [...(existing?.linkedFrom ?? []), fromId],
  }));
  // Later mutations of the same person follow it to its server id.
  await db.outbox.where('entityId').equals(fromId).modify((entry) => {
    entry.entityId = toId;
  });
}

/** Whether anything of this entity is still waiting: only then is the record not "sent". */
async function stillUnsent(db: CauNoiDatabase, userId: string, entityId: string): Promise<'pending' | 'attention' | undefined> {
  const entries = await db.outbox.where('entityId').equals(entityId).filter((e) => e.ownerUserId === userId && e.state !== 'done').toArray();
  if (entries.some((e) => e.state === 'rejected')) return 'attention';
  return entries.length > 0 ? 'pending' : undefined;
}

/**
 * Applies the server's answers to a pushed batch in ONE transaction: outbox entries are marked done
 * (or rejected with the reason, without blocking the rest), records get their server revision, and a
 * record shows "sent" only when nothing of it is left in the outbox.
 */
export async function applyPushResults(db: CauNoiDatabase, userId: string, batch: Array<Pick<OutboxView, 'seq' | 'mutationId' | 'entity' | 'entityId' | 'attempts'>>, results: MutationResult[]): Promise<void> {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  await db.transaction('rw', [db.outbox, db.citizens, db.villages, db.dossiers, db.meta], async () => {
    const touched = new Set<string>();
    for (const entry of batch) {
      const answer = byId.get(entry.mutationId);
      if (!answer) continue; // not answered: stays pending and is sent again (the server deduplicates)
      // A replay is answered with the first outcome: act on that.
      const result = answer.status === 'alreadyProcessed' ? { ...answer, status: answer.processedAs ?? 'applied' } : answer;
      if (result.status === 'rejected' && result.error?.retryable) {
        // Nothing happened on the server (a photo or the citizen not there yet): send it again next time.
        await db.outbox.update(entry.seq!, { error: result.error, attempts: entry.attempts + 1 });
        continue;
      }
      if (result.status === 'rejected') {
        await db.outbox.update(entry.seq!, { state: 'rejected', error: result.error ?? { code: 'rejected' }, attempts: entry.attempts + 1 });
      } else {
        await db.outbox.update(entry.seq!, { state: 'done', attempts: entry.attempts + 1 });
      }
      let entityId = entry.entityId;
      if (result.status === 'linked' && result.linkedTo && entry.entity === 'citizen') {
        await linkCitizen(db, userId, entry.entityId, result.linkedTo);
        entityId = result.linkedTo;
        await db.meta.put({ key: `notice:linked:${entry.entityId}`, value: { kind: 'citizenLinked', from: entry.entityId, to: result.linkedTo, userId, at: new Date().toISOString() } });
      }
      if (entry.entity === 'citizen') {
        const key = workspaceKey(userId, entityId);
        if (result.revision !== undefined) await db.citizens.update(key, { revision: result.revision });
        touched.add(entityId);
      } else if (entry.entity === 'dossier') {
        const key = workspaceKey(userId, entityId);
        const state = await stillUnsent(db, userId, entityId);
        await db.dossiers.update(key, { ...(result.revision !== undefined ? { revision: result.revision } : {}), syncState: state ?? 'sent' });
      } else if (entry.entity === 'village' && result.status !== 'rejected') {
        await db.villages.update(entityId, { pending: false });
      }
    }
    for (const entityId of touched) {
      const state = await stillUnsent(db, userId, entityId);
      await db.citizens.update(workspaceKey(userId, entityId), { syncState: state ?? 'sent' });
    }
  });
}
