import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveCatalog } from '../../db/catalog-store';
import { getDatabase } from '../../db/database';
import { CATALOG } from '../../domain/catalog/catalog-data';
import type { Catalog } from '../../domain/catalog/catalog-types';

/** The catalog in use on this device; the bundled one until the database answers (public pages never wait). */
export function useCatalog(): Catalog {
  return useLiveQuery(() => getActiveCatalog(getDatabase()), []) ?? CATALOG;
}
