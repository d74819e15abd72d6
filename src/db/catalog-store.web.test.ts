import { describe, expect, it } from 'vitest';
import { CATALOG } from '../domain/catalog/catalog-data';
import { birthAnswers, catalogWith, procedure } from '../domain/catalog/catalog-fixtures';
import { activateNewestCatalog, compareCatalogVersions, getActiveCatalog, migrateOpenDrafts, saveCatalog } from './catalog-store';
import { CauNoiDatabase } from './database';
import type { DossierDraft } from './dossier-types';
import { getDraft, saveDraft } from './drafts';
import { dropWorkspaceKeys, setWorkspaceKeys } from './keyring';
import { generateDataKey, openWorkspaceKeys } from '../lib/crypto-keys';

const birth = procedure('1.001193');
const newDb = () => new CauNoiDatabase(`catalog-${crypto.randomUUID()}`);
/** Drafts are sealed: a workspace must be unlocked (its key in memory) to read or migrate them. */
const unlock = async (userId: string) => setWorkspaceKeys(userId, await openWorkspaceKeys(generateDataKey()));
const draftData = async (db: CauNoiDatabase, userId: string, id: string) => (await getDraft(db, userId, id))?.data as DossierDraft;
const dossierDraft = (id: string, catalogVersion = CATALOG.version): DossierDraft => ({
  id, citizenId: 'c1', procedureCode: '1.001193', catalogVersion, answers: birthAnswers(), persons: {}, documents: {},
  confirmation: { method: '', witnessName: '' },
});
/** The server's next catalog: a new required document for birth registration. */
const NEXT = catalogWith('2026.12.1', {
  ...birth,
  documents: [...birth.documents, { id: 'vaccinationCard', labelKey: 'k', form: 'copy', count: 1, required: true }],
});

describe('catalog store', () => {
  it('orders versions by number, not by text', () => {
    expect(['2027.1.1', '2026.12.1', '2026.9.10', '2026.9.2'].sort(compareCatalogVersions)).toEqual(['2026.9.2', '2026.9.10', '2026.12.1', '2027.1.1']);
  });

  it('starts on the bundled catalog and keeps it', async () => {
    const db = newDb();
    expect((await getActiveCatalog(db)).version).toBe(CATALOG.version);
    expect(await activateNewestCatalog(db)).toEqual({ version: CATALOG.version, migrated: 0 });
    expect((await db.catalogs.get(CATALOG.version))?.source).toBe('bundled');
  });

  it('switches to a newer downloaded catalog and moves the dossier drafts of unlocked workspaces to it, showing what changed', async () => {
    const db = newDb();
    await Promise.all(['u1', 'u2'].map(unlock));
    await db.profiles.bulkPut(['u1', 'u2', 'u3'].map((userId) => ({ userId, username: userId, displayName: userId, role: 'staff' as const, communes: [], failedPinAttempts: 0, lockedUntilOnlineSignIn: false, lastOnlineSignInAt: '' })));
    await activateNewestCatalog(db);
    await saveDraft(db, { id: 'd1', ownerUserId: 'u1', kind: 'dossier', data: dossierDraft('d1') });
    await saveDraft(db, { id: 'd2', ownerUserId: 'u2', kind: 'dossier', data: dossierDraft('d2') });
    await saveDraft(db, { id: 'r1', ownerUserId: 'u1', kind: 'citizen', data: { fullName: 'Lò Văn Đôi' } });
    // u3 left a draft and locked the tablet: the draft waits, sealed, for u3's PIN.
    const u3 = await openWorkspaceKeys(generateDataKey());
    setWorkspaceKeys('u3', u3);
    await saveDraft(db, { id: 'd3', ownerUserId: 'u3', kind: 'dossier', data: dossierDraft('d3') });
    dropWorkspaceKeys('u3');

    await saveCatalog(db, NEXT, 'server');
    expect(await activateNewestCatalog(db)).toEqual({ version: '2026.12.1', migrated: 2 });
    expect((await getActiveCatalog(db)).version).toBe('2026.12.1');
    for (const [id, userId] of [['d1', 'u1'], ['d2', 'u2']] as const) {
      const data = await draftData(db, userId, id);
      expect(data.catalogVersion).toBe('2026.12.1');
      expect(data.answers).toEqual(birthAnswers());
      expect(data.catalogChanges?.[0]?.changes).toEqual([{ kind: 'documentAdded', id: 'vaccinationCard', labelKey: 'k' }]);
    }
    // A registration draft is not a dossier: untouched.
    expect((await getDraft(db, 'u1', 'r1'))?.data).toEqual({ fullName: 'Lò Văn Đôi' });
    // Nothing left to do the next time the app starts.
    expect((await activateNewestCatalog(db)).migrated).toBe(0);
    // u3 unlocks: their draft follows, not stranded.
    setWorkspaceKeys('u3', u3);
    expect(await migrateOpenDrafts(db, 'u3')).toBe(1);
    expect((await draftData(db, 'u3', 'd3')).catalogChanges).toHaveLength(1);
  });

  it('keeps the newer catalog when an app update bundles an older one', async () => {
    const db = newDb();
    await saveCatalog(db, NEXT, 'server');
    expect((await activateNewestCatalog(db, CATALOG)).version).toBe('2026.12.1');
  });

  it('migrates a draft written back on the old version by a tab that was still open, once its workspace is unlocked', async () => {
    const db = newDb();
    await saveCatalog(db, NEXT, 'server');
    await activateNewestCatalog(db);
    await unlock('u9');
    await saveDraft(db, { id: 'd1', ownerUserId: 'u9', kind: 'dossier', data: dossierDraft('d1') });
    expect(await migrateOpenDrafts(db, 'u8', NEXT)).toBe(0);
    expect(await migrateOpenDrafts(db, 'u9')).toBe(1);
    expect((await draftData(db, 'u9', 'd1')).catalogVersion).toBe('2026.12.1');
  });
});
