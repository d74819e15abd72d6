import type { CauNoiDatabase } from '../db/database';
import { workspaceKey } from '../db/records';
import { openCitizens, sealCitizen } from '../db/citizens';
import type { OutboxEntry, OutboxView } from '../db/types';
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

/**
 * Applies the server's answers to a pushed batch in ONE transaction: outbox entries are marked done
 * (or rejected with the reason, without blocking the rest), records get their server revision, and a
 * record shows "sent" only when nothing of it is left in the outbox.
 */
export async function applyPushResults(db: CauNoiDatabase, userId: string, batch: Array<Pick<OutboxView, 'seq' | 'mutationId' | 'entity' | 'entityId' | 'attempts'>>, results: MutationResult[]): Promise<void> {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  await db.transaction('rw', [db.outbox, db.citizens, db.villages, db.dossiers, db.meta], async () => {
    // Written in bulk: a batch holds hundreds of entries, and one request per entry is what made pushes slow.
    const outboxChanges: Array<{ key: number; changes: Partial<OutboxEntry> }> = [];
    const revisions = new Map<string, { entity: 'citizen' | 'dossier'; revision?: number }>();
    for (const entry of batch) {
      const answer = byId.get(entry.mutationId);
      if (!answer) continue; // not answered: stays pending and is sent again (the server deduplicates)
      // A replay is answered with the first outcome: act on that.
      const result = answer.status === 'alreadyProcessed' ? { ...answer, status: answer.processedAs ?? 'applied' } : answer;
      const attempts = entry.attempts + 1;
      if (result.status === 'rejected' && result.error?.retryable) {
        // Nothing happened on the server (a photo or the citizen not there yet): send it again next time.
        outboxChanges.push({ key: entry.seq!, changes: { error: result.error, attempts } });
        continue;
      }
      outboxChanges.push({ key: entry.seq!, changes: result.status === 'rejected' ? { state: 'rejected', error: result.error ?? { code: 'rejected' }, attempts } : { state: 'done', attempts } });
      let entityId = entry.entityId;
      if (result.status === 'linked' && result.linkedTo && entry.entity === 'citizen') {
        await db.outbox.bulkUpdate(outboxChanges.splice(0));
        await linkCitizen(db, userId, entry.entityId, result.linkedTo);
        entityId = result.linkedTo;
        await db.meta.put({ key: `notice:linked:${entry.entityId}`, value: { kind: 'citizenLinked', from: entry.entityId, to: result.linkedTo, userId, at: new Date().toISOString() } });
      }
      if (entry.entity === 'citizen' || entry.entity === 'dossier') {
        const known = revisions.get(entityId);
        revisions.set(entityId, { entity: entry.entity, revision: result.revision ?? known?.revision });
      } else if (entry.entity === 'village' && result.status !== 'rejected') {
        await db.villages.update(entityId, { pending: false });
      }
    }
    await db.outbox.bulkUpdate(outboxChanges);
    // A record is "sent" only when nothing of it is left in the outbox; "needs attention" when a part was refused.
    const left = new Map<string, 'pending' | 'attention'>();
    // Only the batch's records can change state: look up their entries, not the whole queue.
    const entityIds = [...revisions.keys()];
    for (const e of entityIds.length === 0 ? [] : await db.outbox.where('entityId').anyOf(entityIds).filter((x) => x.ownerUserId === userId && x.state !== 'done').toArray()) {
      if (e.state === 'rejected') left.set(e.entityId, 'attention');
      else if (!left.has(e.entityId)) left.set(e.entityId, 'pending');
    }
    const update = (entity: 'citizen' | 'dossier') => [...revisions].filter(([, v]) => v.entity === entity).map(([entityId, { revision }]) => ({
      key: workspaceKey(userId, entityId),
      changes: { syncState: left.get(entityId) ?? ('sent' as const), ...(revision !== undefined ? { revision } : {}) },
    }));
    await db.citizens.bulkUpdate(update('citizen'));
    await db.dossiers.bulkUpdate(update('dossier'));
  });
}
