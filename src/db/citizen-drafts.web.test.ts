import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../domain/catalog/catalog-data';
import { citizenDraftSchema } from '../domain/dossier/citizen-draft';
import { generateDataKey, openWorkspaceKeys } from '../lib/crypto-keys';
import { sendCitizenDraft, type SendCitizenDraftInput } from './citizen-drafts';
import { CauNoiDatabase } from './database';
import { getDossier } from './dossiers';
import { getDraft, saveDraft } from './drafts';
import { setWorkspaceKeys } from './keyring';
import { openOutboxEntries } from './outbox';

const SELF = '22222222-2222-4222-8222-222222222222';
const content: SendCitizenDraftInput['content'] = {
  citizenId: SELF, procedureCode: '1.004873', catalogVersion: CATALOG.version, communeCode: '14923',
  answers: { subject: SELF, maritalStatus: 'divorced', purpose: 'other', purposeDetail: 'Đăng ký kết hôn lại' }, persons: {},
  documents: { endOfMarriageProof: [{ sha256: 'b'.repeat(64), size: 4096, mime: 'image/jpeg' }] },
};

describe("a citizen's own draft sent for checking", () => {
  beforeAll(async () => setWorkspaceKeys(SELF, await openWorkspaceKeys(generateDataKey())));

  it('queues only what the phone may send, with the record, and removes the draft, once', async () => {
    const db = new CauNoiDatabase(`citizen-drafts-${crypto.randomUUID()}`);
    await saveDraft(db, { id: 'd-1', ownerUserId: SELF, kind: 'dossier', data: {} });
    const now = new Date('2026-11-26T02:05:00Z');
    const input = { ownerUserId: SELF, id: 'd-1', content, fee: { amount: null, verified: false }, hlc: 'h1', now };
    const record = await sendCitizenDraft(db, input);
    await sendCitizenDraft(db, input);

    expect(record).toMatchObject({ key: `${SELF}:d-1`, status: 'submitted', syncState: 'pending', resultDue: null });
    expect(await getDraft(db, SELF, 'd-1')).toBeUndefined();
    const entries = await openOutboxEntries(await db.outbox.toArray());
    expect(entries).toHaveLength(1);
    const fields = entries[0]!.fields;
    // No confirmation, fee or appointment: the commune adds those when it checks the dossier.
    expect(Object.keys(fields).sort()).toEqual(Object.keys(citizenDraftSchema.shape).sort());
    expect(citizenDraftSchema.parse(fields)).toMatchObject({ ...content, submittedAt: now.toISOString() });
    expect(JSON.stringify(await db.dossiers.get(`${SELF}:d-1`))).not.toContain('Đăng ký kết hôn lại');
    expect((await getDossier(db, SELF, 'd-1'))?.answers).toEqual(content.answers);
  });
});
