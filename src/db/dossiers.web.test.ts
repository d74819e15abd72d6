import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../domain/catalog/catalog-data';
import { birthAnswers } from '../domain/catalog/catalog-fixtures';
import { isLocalReference } from '../domain/dossier/local-reference';
import { CauNoiDatabase } from './database';
import { getDeviceIdentity } from './device';
import { getDossier, referenceShortId, submitDossier, supplementDossier, updateDossierFromServer, type SubmitDossierInput } from './dossiers';
import { getDraft, saveDraft } from './drafts';
import { setWorkspaceKeys } from './keyring';
import { openOutboxEntries } from './outbox';
import { generateDataKey, openWorkspaceKeys } from '../lib/crypto-keys';

const page = { sha256: 'a'.repeat(64), size: 2048, mime: 'image/jpeg' };
const dossier: SubmitDossierInput['dossier'] = {
  citizenId: '11111111-1111-4111-8111-111111111111', procedureCode: '1.001193', catalogVersion: CATALOG.version, communeCode: '14923',
  answers: birthAnswers(), persons: {}, documents: { birthCertificate: [page] },
  confirmation: { method: 'witness', witnessName: 'Hà Văn Lả', confirmedAt: '2026-11-26T02:00:00.000Z' },
  fee: { amount: 0, exemptionKey: 'onTime', verified: true }, resultDue: { date: '2026-11-26', estimate: true },
};

describe('submitting a dossier', () => {
  beforeAll(async () => {
    for (const userId of ['u1', 'u2']) setWorkspaceKeys(userId, await openWorkspaceKeys(generateDataKey()));
  });

  it('stores the record, queues its outbox mutation and removes the draft in one go', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    await saveDraft(db, { id: 'draft-1', ownerUserId: 'u1', kind: 'dossier', data: {} });
    const now = new Date('2026-11-26T02:05:00Z');
    const record = await submitDossier(db, { ownerUserId: 'u1', id: 'dossier-1', draftId: 'draft-1', dossier, hlc: 'h1', now });

    expect(record).toMatchObject({ key: 'u1:dossier-1', status: 'submitted', syncState: 'pending', submittedAt: now.toISOString() });
    expect(isLocalReference(record.localReference)).toBe(true);
    expect(record.localReference).toMatch(/-000001$/);
    expect(await getDraft(db, 'u1', 'draft-1')).toBeUndefined();
    const [entry, ...more] = await openOutboxEntries(await db.outbox.toArray());
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ entity: 'dossier', op: 'upsert', entityId: 'dossier-1', baseRevision: 0, hlc: 'h1', state: 'pending' });
    expect(entry!.fields).toEqual({ ...dossier, localReference: record.localReference, submittedAt: now.toISOString() });
    // What is personal is sealed at rest; what sync and lists need is not.
    const stored = (await db.dossiers.get('u1:dossier-1'))!;
    expect(stored).not.toHaveProperty('answers');
    expect(JSON.stringify(stored)).not.toContain('Hà Văn Minh');
    expect(await getDossier(db, 'u1', 'dossier-1')).toEqual(record);
  });

  it('refuses what the server would refuse, and leaves the draft to fix', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    await saveDraft(db, { id: 'draft-2', ownerUserId: 'u1', kind: 'dossier', data: {} });
    const bad = { ...dossier, documents: { birthCertificate: [] } };
    await expect(submitDossier(db, { ownerUserId: 'u1', id: 'd2', draftId: 'draft-2', dossier: bad, hlc: 'h' })).rejects.toThrow(/documents/);
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await getDraft(db, 'u1', 'draft-2')).toBeDefined();
  });

  it('takes the official code and status from the server, for the re-printed receipt', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    await submitDossier(db, { ownerUserId: 'u1', id: 'd3', draftId: 'x', dossier, hlc: 'h' });
    await updateDossierFromServer(db, 'u1', 'd3', { officialCode: '000.00.14.H56-261126-0007', status: 'received', revision: 1, syncState: 'sent' });
    expect(await getDossier(db, 'u1', 'd3')).toMatchObject({ officialCode: '000.00.14.H56-261126-0007', status: 'received', syncState: 'sent', answers: dossier.answers });
  });

  it('sends a supplement: the new pages join the documents, sealed, with an upsert of the dossier in the outbox', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    await submitDossier(db, { ownerUserId: 'u1', id: 'd4', draftId: 'x', dossier, hlc: 'h' });
    await updateDossierFromServer(db, 'u1', 'd4', { status: 'needsSupplement', revision: 2, syncState: 'sent' });
    const added = { sha256: 'b'.repeat(64), size: 1000, mime: 'image/jpeg' };
    await supplementDossier(db, { ownerUserId: 'u1', id: 'd4', pages: { birthCertificate: [added], 'supplement-2': [added] }, hlc: 'h9' });
    expect(await getDossier(db, 'u1', 'd4')).toMatchObject({ syncState: 'pending', documents: { birthCertificate: [page, added], 'supplement-2': [added] } });
    const entries = await openOutboxEntries(await db.outbox.where('entityId').equals('d4').sortBy('seq'));
    expect(entries.at(-1)).toMatchObject({ op: 'upsert', baseRevision: 2, hlc: 'h9', fields: { documents: { birthCertificate: [page, added], 'supplement-2': [added] } } });
    expect(JSON.stringify(await db.outbox.toArray())).not.toContain('b'.repeat(64));
  });

  it('gives each dossier of the device the next reference, and a repeated submit queues nothing more', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    const first = await submitDossier(db, { ownerUserId: 'u1', id: 'a', draftId: 'x', dossier, hlc: 'h1' });
    const again = await submitDossier(db, { ownerUserId: 'u1', id: 'a', draftId: 'x', dossier, hlc: 'h2' });
    const second = await submitDossier(db, { ownerUserId: 'u2', id: 'b', draftId: 'y', dossier, hlc: 'h3' });
    expect(again.localReference).toBe(first.localReference);
    expect(second.localReference).toBe(first.localReference.replace(/000001$/, '000002'));
    expect(await db.outbox.count()).toBe(2);
  });

  it('uses the device short id when the reference format accepts it, a derived one when not', async () => {
    const db = new CauNoiDatabase(`dossiers-${crypto.randomUUID()}`);
    const identity = await getDeviceIdentity(db);
    expect(referenceShortId({ ...identity, shortId: '7K2Q' })).toBe('7K2Q');
    const derived = referenceShortId({ ...identity, shortId: '7KUQ' });
    expect(isLocalReference(`NHAP-${derived}-000001`)).toBe(true);
    expect(referenceShortId({ ...identity, shortId: '7KUQ' })).toBe(derived);
  });
});
