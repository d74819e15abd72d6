import { CATALOG } from '../domain/catalog/catalog-data';
import type { Catalog } from '../domain/catalog/catalog-types';
import type { CauNoiDatabase } from './database';
import { migrateDossierDraft } from './dossier-draft-migration';
import type { CatalogRecord, DossierDraft } from './dossier-types';
import { listDrafts, saveDraft } from './drafts';
import { isWorkspaceOpen } from './keyring';

// The procedure catalog this device uses. The bundled catalog-data is the baseline; sync may save a
// newer one downloaded from /api/v1/catalog (saveCatalog, then activateNewestCatalog), and the newest
// version stored wins. Every version used is kept, because migrating a draft needs the catalog it was
// started on — and after an app update the old bundled catalog exists nowhere else. Catalogs are
// public data: they are not sealed.

const ACTIVE_KEY = 'catalog:active';

/** Orders 'year.month.n' versions numerically ('2026.11.2' < '2026.12.1' < '2027.1.1'). */
export function compareCatalogVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Number.isNaN(diff) ? a.localeCompare(b) : diff;
  }
  return 0;
}

/** Keeps a catalog (from the server, or the bundled one); it becomes active at the next activateNewestCatalog. */
export async function saveCatalog(db: CauNoiDatabase, catalog: Catalog, source: CatalogRecord['source'], now = new Date()): Promise<void> {
  if (typeof catalog.version !== 'string' || !Array.isArray(catalog.procedures)) throw new TypeError('not a catalog');
  await db.catalogs.put({ version: catalog.version, catalog, source, savedAt: now.toISOString() });
}

export async function getCatalog(db: CauNoiDatabase, version: string): Promise<Catalog | undefined> {
  if (version === CATALOG.version) return CATALOG;
  return (await db.catalogs.get(version))?.catalog;
}

/** The catalog in use: the active version if it has been activated, else the bundled one. */
export async function getActiveCatalog(db: CauNoiDatabase): Promise<Catalog> {
  const version = (await db.meta.get(ACTIVE_KEY))?.value;
  return (typeof version === 'string' ? await getCatalog(db, version) : undefined) ?? CATALOG;
}

/**
 * Moves every dossier draft of one workspace that is not on `toCatalog` to it, each with a notice of
 * what changed. Drafts are sealed under the workspace key, so this runs once the workspace is unlocked
 * (the dossiers list and the draft screen call it; so does activation for workspaces already open).
 * Each draft is rewritten whole: a crash leaves it migrated or untouched, and the next call finishes.
 */
export async function migrateOpenDrafts(db: CauNoiDatabase, ownerUserId: string, toCatalog?: Catalog, now = new Date()): Promise<number> {
  if (!isWorkspaceOpen(ownerUserId)) return 0;
  const catalog = toCatalog ?? (await getActiveCatalog(db));
  let migrated = 0;
  for (const draft of await listDrafts(db, ownerUserId, 'dossier')) {
    const data = draft.data as DossierDraft;
    if (data.catalogVersion === catalog.version) continue;
    // A catalog this device never stored (should not happen) is treated as the new one: answers that
    // no longer fit still become visible orphans; nothing is dropped.
    const fromCatalog = (await getCatalog(db, data.catalogVersion)) ?? { ...catalog, version: data.catalogVersion };
    await saveDraft(db, { id: draft.id, ownerUserId, kind: 'dossier', data: migrateDossierDraft(data, fromCatalog, catalog, now) }, now);
    migrated += 1;
  }
  return migrated;
}

/**
 * On app start (and after sync saves a catalog): the newest stored version becomes the active one, and
 * the drafts of every unlocked workspace follow it. Returns the active version and how many drafts moved.
 */
export async function activateNewestCatalog(db: CauNoiDatabase, bundled: Catalog = CATALOG, now = new Date()): Promise<{ version: string; migrated: number }> {
  const catalog = await db.transaction('rw', [db.catalogs, db.meta], async () => {
    if (!(await db.catalogs.get(bundled.version))) await saveCatalog(db, bundled, 'bundled', now);
    const versions = (await db.catalogs.toCollection().primaryKeys()).sort(compareCatalogVersions);
    const newest = (await db.catalogs.get(versions[versions.length - 1]!))!.catalog;
    await db.meta.put({ key: ACTIVE_KEY, value: newest.version });
    return newest;
  });
  let migrated = 0;
  for (const userId of await db.profiles.toCollection().primaryKeys()) migrated += await migrateOpenDrafts(db, userId, catalog, now);
  return { version: catalog.version, migrated };
}
