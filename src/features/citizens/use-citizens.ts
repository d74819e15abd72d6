import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { findDuplicateCitizens, getCitizen, recentCitizens, saveCitizen, searchCitizens } from '../../db/citizens';
import { listDrafts } from '../../db/drafts';
import { nextHlc } from '../../db/clock';
import type { Citizen } from '../../domain/citizen/citizen-schema';
import type { CitizenView } from '../../db/records';
import { requestSync } from '../../sync/sync-service';

export function useCitizenSearch(ownerUserId: string, query: string): CitizenView[] | undefined {
  return useLiveQuery(
    () => (query.trim() ? searchCitizens(getDatabase(), ownerUserId, query) : recentCitizens(getDatabase(), ownerUserId)),
    [ownerUserId, query],
  );
}

export const useCitizen = (ownerUserId: string, id: string) =>
  useLiveQuery(async () => (await getCitizen(getDatabase(), ownerUserId, id)) ?? null, [ownerUserId, id]);

export const useRegistrationDrafts = (ownerUserId: string) => useLiveQuery(() => listDrafts(getDatabase(), ownerUserId, 'citizen'), [ownerUserId]);

export const findDuplicates = (ownerUserId: string, citizen: Citizen) => findDuplicateCitizens(getDatabase(), ownerUserId, citizen);

export async function registerCitizen(ownerUserId: string, citizen: Citizen, draftId: string): Promise<CitizenView> {
  const db = getDatabase();
  const record = await saveCitizen(db, { ownerUserId, citizen, draftId, hlc: await nextHlc(db) });
  void requestSync();
  return record;
}
