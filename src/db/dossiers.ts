import type { AttachmentRef } from '../domain/citizen/attachment-ref';
import { dossierSubmissionSchema } from '../domain/dossier/dossier-submission';
import { isLocalReference, deviceShortId, formatLocalReference } from '../domain/dossier/local-reference';
import { transition } from '../domain/dossier/status-machine';
import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence, type DeviceIdentity } from './device';
import type { DossierPayload, DossierRecord, DossierSecret, DossierView } from './dossier-types';
import { enqueueMutation } from './outbox';
import { workspaceKey } from './records';
import { openFor, sealFor } from './seal';

export type SubmitDossierInput = {
  ownerUserId: string;
  id: string;
  draftId: string;
  /** Everything but the reference and the time, which are set here. */
  dossier: Omit<DossierPayload, 'localReference' | 'submittedAt'>;
  hlc: string;
  now?: Date;
};

/**
 * The device part of local references. The device's short id uses an alphabet with a U, which the
 * reference format refuses (Crockford base32, so it reads aloud unambiguously): such a device uses the
 * id derived from its device id instead, the same on every call.
 */
export function referenceShortId(identity: DeviceIdentity): string {
  return isLocalReference(`NHAP-${identity.shortId}-000001`) ? identity.shortId : deviceShortId(identity.deviceId);
}

/** Opens stored dossiers; call it after the last database read of a live query (WebCrypto is not Dexie). */
export function openDossiers(records: DossierRecord[]): Promise<DossierView[]> {
  return Promise.all(records.map(async ({ sealed, ...rest }) => ({ ...rest, ...(await openFor<DossierSecret>(rest.ownerUserId, sealed)) })));
}

/**
 * Submits a dossier: the record, its outbox mutation and the removal of its draft in ONE transaction
 * (strict durability is the database default): after a crash either the dossier is queued and the
 * draft gone, or the draft is still there to submit again — never both, never neither.
 */
export async function submitDossier(db: CauNoiDatabase, { ownerUserId, id, draftId, dossier, hlc, now = new Date() }: SubmitDossierInput): Promise<DossierView> {
  const submitted = transition('draft', 'submit');
  if (!submitted.ok) throw new Error(submitted.error);
  const identity = await getDeviceIdentity(db);
  const key = workspaceKey(ownerUserId, id);
  return db.transaction('rw', [db.dossiers, db.outbox, db.drafts, db.meta], async () => {
    // Submitting twice (a double tap, a retried promise) must not queue a second dossier.
    const existing = await db.dossiers.get(key);
    if (existing) return (await openDossiers([existing]))[0]!;
    const sequence = await nextDeviceSequence(db, 'dossier');
    const payload: DossierPayload = { ...dossier, localReference: formatLocalReference(referenceShortId(identity), sequence), submittedAt: now.toISOString() };
    // What the server would refuse never enters the outbox: a rejected dossier would wait there for nothing.
    const checked = dossierSubmissionSchema.safeParse(payload);
    if (!checked.success) throw new Error(`invalid dossier: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const { answers, persons, documents, confirmation, fee, ...plain } = payload;
    const secret: DossierSecret = { answers, persons, documents, confirmation, fee };
    const meta = { key, id, ownerUserId, status: submitted.status, revision: 0, syncState: 'pending' as const, createdAt: now.toISOString(), updatedAt: now.toISOString() };
    await db.dossiers.put({ ...plain, ...meta, sealed: await sealFor(ownerUserId, secret) });
    // The status is not sent: the server owns it from receipt on.
    await enqueueMutation(db, { ownerUserId, entity: 'dossier', op: 'upsert', entityId: id, baseRevision: 0, fields: { ...payload }, hlc }, now);
    await db.drafts.delete(draftId);
    return { ...plain, ...meta, ...secret };
  });
}

export async function getDossier(db: CauNoiDatabase, ownerUserId: string, id: string): Promise<DossierView | undefined> {
  const record = await db.dossiers.get(workspaceKey(ownerUserId, id));
  return record ? (await openDossiers([record]))[0] : undefined;
}

/** The most recently changed dossiers of one workspace. */
export async function recentDossiers(db: CauNoiDatabase, ownerUserId: string, limit = 100): Promise<DossierView[]> {
  return openDossiers(await db.dossiers.where('[ownerUserId+updatedAt]').between([ownerUserId, ''], [ownerUserId, '\uffff']).reverse().limit(limit).toArray());
}

export type ServerDossierFields = Partial<Pick<DossierRecord, 'officialCode' | 'status' | 'revision' | 'syncState'>>;

/**
 * What sync learns from the server: the official code on first receipt, later statuses. These columns
 * are not sealed, so no key is needed; a receipt printed afterwards shows the official code.
 */
export async function updateDossierFromServer(db: CauNoiDatabase, ownerUserId: string, id: string, fields: ServerDossierFields, now = new Date()): Promise<void> {
  await db.dossiers.update(workspaceKey(ownerUserId, id), { ...fields, updatedAt: now.toISOString() });
}

export type SupplementInput = {
  ownerUserId: string;
  id: string;
  /** New pages per document id, added after the pages already sent. */
  pages: Record<string, AttachmentRef[]>;
  hlc: string;
  now?: Date;
};

/**
 * Sends the papers an officer asked for (a supplement): the new pages are added to the dossier's documents and
 * the whole `documents` field goes into the outbox as an upsert of the existing dossier, in ONE transaction with
 * the record (sealed, like every personal part). The server then puts the dossier back in the officer's queue.
 */
export async function supplementDossier(db: CauNoiDatabase, { ownerUserId, id, pages, hlc, now = new Date() }: SupplementInput): Promise<void> {
  const key = workspaceKey(ownerUserId, id);
  await db.transaction('rw', [db.dossiers, db.outbox, db.meta], async () => {
    const record = await db.dossiers.get(key);
    if (!record) throw new Error('dossier not found');
    const secret = await openFor<DossierSecret>(ownerUserId, record.sealed);
    const documents = { ...secret.documents };
    for (const [documentId, added] of Object.entries(pages)) if (added.length > 0) documents[documentId] = [...(documents[documentId] ?? []), ...added];
    await db.dossiers.put({ ...record, sealed: await sealFor(ownerUserId, { ...secret, documents }), syncState: 'pending', updatedAt: now.toISOString() });
    await enqueueMutation(db, { ownerUserId, entity: 'dossier', op: 'upsert', entityId: id, baseRevision: record.revision, fields: { documents }, hlc }, now);
  });
}
