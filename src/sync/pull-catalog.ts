import { activateNewestCatalog, migrateOpenDrafts, saveCatalog } from '../db/catalog-store';
import type { CauNoiDatabase } from '../db/database';
import type { Catalog } from '../domain/catalog/catalog-types';
import { ApiError } from '../lib/api';

const ETAG_KEY = 'catalog:etag';

/**
 * Picks up a new catalog version when the network returns (issue 4): nothing to do when the pull's
 * `resources.catalog` tag is the stored ETag, else one conditional request (a 304 when nothing changed). A newer catalog is kept, activated, and the user's open drafts move to it
 * with the list of what changed — never stranded, never silently altered.
 */
export async function pullCatalog(db: CauNoiDatabase, userId: string, serverTag?: string): Promise<'unchanged' | 'updated'> {
  const etag = (await db.meta.get(ETAG_KEY))?.value as string | undefined;
  // The pull already said which catalog the server has (protocol version 2): no request when it is ours.
  if (serverTag !== undefined && serverTag === etag) return 'unchanged';
  let response: Response;
  try {
    response = await fetch('/api/v1/catalog', { headers: etag ? { 'if-none-match': etag } : {}, cache: 'no-store' });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 304) return 'unchanged';
  if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, 'catalog download failed');
  const { catalog } = (await response.json()) as { catalog: Catalog };
  await saveCatalog(db, catalog, 'server');
  const newEtag = response.headers.get('etag');
  if (newEtag) await db.meta.put({ key: ETAG_KEY, value: newEtag });
  await activateNewestCatalog(db);
  await migrateOpenDrafts(db, userId);
  return 'updated';
}
