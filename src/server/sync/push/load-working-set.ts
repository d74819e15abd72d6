import type { Kysely } from 'kysely';
import { normalizeIdNumber } from '../../../domain/citizen/id-number';
import type { Mutation } from '../../../shared/protocol';
import type { Database } from '../../db/schema';
import { collectAttachmentHashes } from '../records/attachment-refs';
import { chunk } from '../records/chunk';
import { loadCitizens, loadCitizensByIdNumber } from '../records/citizen-table';
import { loadDossiers } from '../records/dossier-table';
import type { RecordState } from '../records/record-state';
import { loadVillages } from '../records/village-table';
import { createWorkingSet, type WorkingSet } from './working-set';

/**
 * Loads everything the mutations may need, in a handful of queries: their records, the citizens their
 * dossiers name, citizens already holding the ID numbers they set (for linking duplicates), the aliases of
 * linked citizens, and which of their attachments the server has.
 */
export async function loadWorkingSet(db: Kysely<Database>, mutations: readonly Mutation[]): Promise<WorkingSet> {
  const citizenIds = new Set<string>();
  const dossierIds = new Set<string>();
  const villageIds = new Set<string>();
  const idNumbers = new Set<string>();
  const hashes = new Set<string>();
  for (const m of mutations) {
    if (m.entity === 'citizen') {
      citizenIds.add(m.entityId);
      if (typeof m.fields.citizenId === 'string') idNumbers.add(normalizeIdNumber(m.fields.citizenId));
    } else if (m.entity === 'dossier') {
      dossierIds.add(m.entityId);
      if (typeof m.fields.citizenId === 'string') citizenIds.add(m.fields.citizenId);
    } else {
      villageIds.add(m.entityId);
    }
    for (const hash of collectAttachmentHashes(m.fields)) hashes.add(hash);
  }

  const links = await loadLinks(db, [...citizenIds]);
  for (const target of links.values()) citizenIds.add(target);
  const dossiers = await loadDossiers(db, [...dossierIds]);
  for (const dossier of dossiers) if (typeof dossier.fields.citizenId === 'string') citizenIds.add(dossier.fields.citizenId);

  const records: RecordState[] = [
    ...(await loadCitizens(db, [...citizenIds])),
    ...dossiers,
    ...(await loadVillages(db, [...villageIds])),
  ];
  const loaded = new Set(records.map((r) => r.id));
  for (const holder of await loadCitizensByIdNumber(db, [...idNumbers].filter((n) => n !== ''))) {
    if (!loaded.has(holder.id)) records.push(holder);
  }
  return createWorkingSet({ records, links, blobs: await loadKnownBlobs(db, [...hashes]) });
}

async function loadLinks(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  for (const part of chunk(ids)) {
    const rows = await db.selectFrom('citizen_links').select(['alias_id', 'citizen_id']).where('alias_id', 'in', part).execute();
    for (const row of rows) links.set(row.alias_id, row.citizen_id);
  }
  return links;
}

async function loadKnownBlobs(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunk(hashes)) {
    const rows = await db.selectFrom('blobs').select('sha256').where('sha256', 'in', part).execute();
    for (const row of rows) known.add(row.sha256);
  }
  return known;
}
