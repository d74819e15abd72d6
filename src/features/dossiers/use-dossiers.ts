import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveCatalog, getCatalog, migrateOpenDrafts } from '../../db/catalog-store';
import { getCitizen, openCitizens, recentCitizens, searchCitizens } from '../../db/citizens';
import { workspaceKey } from '../../db/records';
import { nextHlc } from '../../db/clock';
import { getDatabase } from '../../db/database';
import type { DossierDraft } from '../../db/dossier-types';
import { getDossier, recentDossiers, submitDossier, supplementDossier } from '../../db/dossiers';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';
import { deleteDraft, listDrafts } from '../../db/drafts';
import { listVillages } from '../../db/villages';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { requestSync } from '../../sync/sync-service';
import { sendCitizenDraft } from '../../db/citizen-drafts';
import { applicableFee } from '../../domain/catalog/fee';
import { todayInVietnam } from '../../domain/calendar/dates';
import { buildCitizenDraftContent, buildDossierContent, type PayloadContext } from './dossier-payload';

export const useDossierDrafts = (ownerUserId: string) =>
  useLiveQuery(async () => (await listDrafts(getDatabase(), ownerUserId, 'dossier')).map((d) => ({ ...d, data: d.data as DossierDraft })), [ownerUserId]);

export const useDossiers = (ownerUserId: string) => useLiveQuery(() => recentDossiers(getDatabase(), ownerUserId), [ownerUserId]);

export const useDossier = (ownerUserId: string, id: string) =>
  useLiveQuery(async () => (await getDossier(getDatabase(), ownerUserId, id)) ?? null, [ownerUserId, id]);

export const useCitizen = (ownerUserId: string, id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await getCitizen(getDatabase(), ownerUserId, id)) ?? null) : null), [ownerUserId, id]);

/** A citizen as db/citizens hands it to screens (personal fields opened). */
export type CitizenEntry = NonNullable<Awaited<ReturnType<typeof getCitizen>>>;

/** Year of birth from the personal fields (the record's own birth-year column is a search index). */
export const birthYearOf = (citizen: CitizenEntry): string => citizen.data.birthDate?.slice(0, 4) ?? (citizen.data.birthYear === undefined ? '' : String(citizen.data.birthYear));

export function useCitizenSearch(ownerUserId: string, query: string, limit = 20): CitizenEntry[] | undefined {
  return useLiveQuery(
    () => (query.trim() ? searchCitizens(getDatabase(), ownerUserId, query, limit) : recentCitizens(getDatabase(), ownerUserId, limit)),
    [ownerUserId, query, limit],
  );
}

/** Names of the citizens a list shows, by id (one read for the whole list). */
export function useCitizenNames(ownerUserId: string, ids: readonly string[]): Map<string, string> {
  const key = [...new Set(ids)].sort().join();
  const names = useLiveQuery(async () => {
    const unique = key ? key.split(',') : [];
    // Every read first, then the opening (WebCrypto would end the live query's tracking of later reads).
    const stored = await getDatabase().citizens.bulkGet(unique.map((id) => workspaceKey(ownerUserId, id)));
    const opened = await openCitizens(stored.filter((r) => r !== undefined));
    return new Map(opened.map((r) => [r.id, r.data.fullName] as const));
  }, [ownerUserId, key]);
  return names ?? new Map<string, string>();
}

export const useActiveCatalog = () => useLiveQuery(() => getActiveCatalog(getDatabase()), []);

/** Carries this workspace's drafts to the active catalog (drafts are sealed: only an unlocked workspace can). */
export function useDraftsOnActiveCatalog(ownerUserId: string, version: string | undefined): void {
  useEffect(() => {
    if (version) void migrateOpenDrafts(getDatabase(), ownerUserId).catch((error: unknown) => console.error('draft migration failed', error));
  }, [ownerUserId, version]);
}

/** The catalog a dossier was submitted on (kept on the device), else the active one. */
export const useCatalogOf = (version: string | undefined) =>
  useLiveQuery(async () => (version ? await getCatalog(getDatabase(), version) : undefined) ?? getActiveCatalog(getDatabase()), [version]);

export const useVillageName = (communeCode: string | undefined, villageId: string | undefined) =>
  useLiveQuery(async () => (communeCode && villageId ? (await listVillages(getDatabase(), communeCode)).find((v) => v.id === villageId)?.name : undefined), [communeCode, villageId]);

export const discardDossierDraft = (ownerUserId: string, draftId: string) => deleteDraft(getDatabase(), ownerUserId, draftId);

/** Builds the dossier from a complete draft and submits it (record + outbox + draft removal, one transaction). */
export async function submitDraft(ownerUserId: string, draft: DossierDraft, procedure: Procedure, context: PayloadContext) {
  const db = getDatabase();
  const dossier = buildDossierContent(draft, procedure, context);
  const record = await submitDossier(db, { ownerUserId, id: draft.id, draftId: draft.id, dossier, hlc: await nextHlc(db), now: context.now });
  // Sends at once when there is a network; offline, the scheduler tries again when it returns.
  void requestSync();
  return record;
}

/** Sends the papers an officer asked for: stored with the dossier and queued in one transaction, then synced. */
export async function sendSupplement(ownerUserId: string, id: string, pages: Record<string, AttachmentRef[]>) {
  const db = getDatabase();
  await supplementDossier(db, { ownerUserId, id, pages, hlc: await nextHlc(db) });
  void requestSync();
}

/** A citizen's own phone sends its draft to the commune for checking (issue 7 §7), then syncs at once. */
export async function sendDraftForCheck(ownerUserId: string, draft: DossierDraft, procedure: Procedure, communeCode: string) {
  const db = getDatabase();
  const now = new Date();
  const content = buildCitizenDraftContent(draft, procedure, { communeCode, now });
  const fee = applicableFee(procedure, { channel: 'inPerson', answers: draft.answers, facts: {}, today: todayInVietnam(now) });
  const record = await sendCitizenDraft(db, { ownerUserId, id: draft.id, content, fee, hlc: await nextHlc(db), now });
  void requestSync();
  return record;
}
