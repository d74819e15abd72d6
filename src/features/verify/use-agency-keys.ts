import { useLiveQuery } from 'dexie-react-hooks';
import { getAgencyKeys } from '../../db/agency-keys';
import { getDatabase } from '../../db/database';

/** The agencies' public keys this device keeps (undefined while reading, null when it has none yet). */
export const useAgencyKeys = () => useLiveQuery(async () => (await getAgencyKeys(getDatabase())) ?? null, []);

/** The kept keys, read once (after a refresh, before the live query has re-run). */
export const loadAgencyKeys = () => getAgencyKeys(getDatabase());
