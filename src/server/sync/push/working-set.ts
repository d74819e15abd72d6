import type { EntityName } from '../../../shared/protocol';
import { citizenIdNumber, citizenProvince } from '../records/citizen-table';
import { recordKey, type RecordState } from '../records/record-state';

/**
 * The records one push touches, loaded up front and changed in memory as its mutations are applied in
 * order, then written in a few multi-row statements (one statement per mutation would be far slower).
 * Everything is written in the push's transaction, so a crash or an error leaves nothing half-applied.
 */
export type WorkingSet = {
  get(entity: EntityName, id: string): RecordState | undefined;
  /** Replaces a record with its new state; it will be saved. */
  put(state: RecordState): void;
  /** Records changed by this push, in the order they were first changed. */
  changed(): RecordState[];
  /** The citizen an alias (a second registration of the same person) stands for. */
  resolveCitizen(id: string): string;
  addLink(aliasId: string, citizenId: string): void;
  newLinks(): Array<{ aliasId: string; citizenId: string }>;
  /** The living citizen holding an ID number in a province. */
  citizenWithIdNumber(provinceCode: string, idNumber: string): string | undefined;
  hasBlob(sha256: string): boolean;
};

export type WorkingSetSeed = {
  records: RecordState[];
  links: Map<string, string>;
  blobs: Set<string>;
};

const idNumberKey = (province: string, idNumber: string) => `${province}:${idNumber}`;

export function createWorkingSet(seed: WorkingSetSeed): WorkingSet {
  const records = new Map<string, RecordState>();
  const idNumbers = new Map<string, string>();
  const changed = new Map<string, RecordState>();
  const links = new Map(seed.links);
  const added: Array<{ aliasId: string; citizenId: string }> = [];

  const indexIdNumber = (state: RecordState, add: boolean) => {
    if (state.entity !== 'citizen' || state.deleted) return;
    const province = citizenProvince(state.fields);
    const idNumber = citizenIdNumber(state.fields);
    if (!province || !idNumber) return;
    const key = idNumberKey(province, idNumber);
    if (add) idNumbers.set(key, state.id);
    else if (idNumbers.get(key) === state.id) idNumbers.delete(key);
  };

  for (const state of seed.records) {
    records.set(recordKey(state.entity, state.id), state);
    indexIdNumber(state, true);
  }

  return {
    get: (entity, id) => records.get(recordKey(entity, id)),
    put(state) {
      const key = recordKey(state.entity, state.id);
      const previous = records.get(key);
      if (previous) indexIdNumber(previous, false);
      records.set(key, state);
      indexIdNumber(state, true);
      // Map#set on an existing key keeps its first position: records are saved in the order they first
      // changed, which keeps the unique ID-number index satisfied row by row when one citizen gives up a
      // number that another takes later in the same push.
      changed.set(key, state);
    },
    changed: () => [...changed.values()],
    resolveCitizen: (id) => links.get(id) ?? id,
    addLink(aliasId, citizenId) {
      links.set(aliasId, citizenId);
      added.push({ aliasId, citizenId });
    },
    newLinks: () => [...added],
    citizenWithIdNumber: (province, idNumber) => idNumbers.get(idNumberKey(province, idNumber)),
    hasBlob: (sha256) => seed.blobs.has(sha256),
  };
}
