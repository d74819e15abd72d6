import { citizenDraftSchema, type CitizenDraftSubmission } from '../domain/dossier/citizen-draft';
import type { ApplicableFee } from '../domain/catalog/fee';
import { formatLocalReference } from '../domain/dossier/local-reference';
import { transition } from '../domain/dossier/status-machine';
import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence } from './device';
import type { DossierSecret, DossierView } from './dossier-types';
import { openDossiers, referenceShortId } from './dossiers';
import { enqueueMutation } from './outbox';
import { workspaceKey } from './records';
import { sealFor } from './seal';

export type SendCitizenDraftInput = {
  ownerUserId: string;
  /** The draft's id, which the dossier keeps. */
  id: string;
  content: Omit<CitizenDraftSubmission, 'localReference' | 'submittedAt'>;
  /** The fee the phone showed, kept for the citizen to see; the commune quotes it when it checks. */
  fee: ApplicableFee;
  hlc: string;
  now?: Date;
};

/**
 * "Send to the commune for checking" from a citizen's own phone (issue 7 §7): the dossier, its outbox
 * mutation and the removal of the draft in ONE transaction, like a staff submission. It is stored here as
 * submitted; the server makes it `toCheck` and pulls bring the official code once staff accept it. The
 * confirmation is the citizen's own (they typed it on their phone): the signed one is taken at the commune.
 */
export async function sendCitizenDraft(db: CauNoiDatabase, { ownerUserId, id, content, fee, hlc, now = new Date() }: SendCitizenDraftInput): Promise<DossierView> {
  const submitted = transition('draft', 'submit');
  if (!submitted.ok) throw new Error(submitted.error);
  const identity = await getDeviceIdentity(db);
  const key = workspaceKey(ownerUserId, id);
  return db.transaction('rw', [db.dossiers, db.outbox, db.drafts, db.meta], async () => {
    const existing = await db.dossiers.get(key);
    if (existing) return (await openDossiers([existing]))[0]!;
    const sequence = await nextDeviceSequence(db, 'dossier');
    const payload = citizenDraftSchema.parse({ ...content, localReference: formatLocalReference(referenceShortId(identity), sequence), submittedAt: now.toISOString() });
    const { answers, persons, documents, ...plain } = payload;
    const secret: DossierSecret = { answers, persons, documents, fee, confirmation: { method: 'witness', witnessName: 'self', confirmedAt: now.toISOString() } };
    const meta = { key, id, ownerUserId, status: submitted.status, revision: 0, syncState: 'pending' as const, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    await db.dossiers.put({ ...plain, resultDue: null, ...meta, sealed: await sealFor(ownerUserId, secret) });
    await enqueueMutation(db, { ownerUserId, entity: 'dossier', op: 'upsert', entityId: id, baseRevision: 0, fields: { ...payload }, hlc }, now);
    await db.drafts.delete(id);
    return { ...plain, resultDue: null, ...meta, ...secret };
  });
}
