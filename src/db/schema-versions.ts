// Every version of the local schema, oldest first. A released version is never edited:
// a change is a new entry (with an upgrade function when data must move). The upgrade test opens
// a database written by version 1 and checks nothing is lost on the way to the latest.
import type { Transaction } from 'dexie';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/** Set for a workspace whose citizens still carry the version-2 name index (src/db/citizen-index.ts re-indexes them). */
export const reindexFlag = (ownerUserId: string): string => `citizen-reindex:${ownerUserId}`;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    // Foundation: device metadata, autosaved drafts, and the outbox every server-bound write goes through.
    version: 1,
    stores: {
      meta: '&key',
      drafts: '&id, ownerUserId, kind, updatedAt',
      // (deviceId, mutationId) is the server's idempotency key; work carried in from another device keeps its own.
      outbox: '++seq, &[deviceId+mutationId], ownerUserId, state, entityId',
    },
  },
  {
    // Registration: staff profiles on this device, citizens, photos, villages.
    // Citizens are stored per staff member (key = ownerUserId:id) so that each workspace can be encrypted
    // under its own key; search only touches the derived index fields (nameTokens, idKey, phoneKey).
    version: 2,
    stores: {
      profiles: '&userId, &username',
      citizens: '&key, [ownerUserId+updatedAt], ownerUserId, communeCode, *nameTokens, idKey, oldIdKey, phoneKey, birthYear, syncState',
      attachments: '&key, ownerUserId, sha256, uploaded',
      villages: '&id, communeCode',
    },
  },
  {
    // Dossiers: submitted dossiers per workspace (key = ownerUserId:id, like citizens), and every catalog
    // version this device has used, so a draft started on an older catalog can be carried to a newer one.
    version: 3,
    stores: {
      dossiers: '&key, [ownerUserId+updatedAt], ownerUserId, citizenId, localReference, syncState',
      catalogs: '&version',
    },
  },
  {
    // Language packs imported by admins (issue 7 §2), one record per language as the server last sent it,
    // so that imported texts show offline too.
    version: 4,
    stores: {
      languagePacks: '&language',
    },
  },
  {
    // A workspace's pending outbox entries without reading the done ones, which pile up between purges:
    // entries with equal [ownerUserId+state] come in primary-key order, the queue's order.
    version: 5,
    stores: {
      outbox: '++seq, &[deviceId+mutationId], ownerUserId, state, entityId, [ownerUserId+state]',
    },
  },
  {
    // Recorded audio prompts (issue 7 §3): which recording plays for (language, text key), with the state of a
    // recording made here and not yet sent, and the recordings' bytes by content hash (one copy per recording).
    version: 6,
    stores: {
      audioPrompts: '&[language+key], language, state',
      audioClips: '&sha256',
    },
  },
  {
    // Search at 50,000 citizens (issue 9 §5): a blind per name token and per pair of tokens instead of one per
    // prefix (about 6 index entries a person instead of 17, and a two-word search reads few keys); prefixes go
    // through the workspace's token list (searchTokens). The communeCode, syncState and ownerUserId indexes
    // were never queried ([ownerUserId+updatedAt] answers ownerUserId): each entry costs every write.
    // New blinds need the workspace key, which an upgrade does not have: each workspace with citizens is
    // flagged here and re-indexed after its next unlock, before its first search (ensureCitizenIndex).
    version: 7,
    stores: {
      citizens: '&key, [ownerUserId+updatedAt], *tokenKeys, *pairKeys, idKey, oldIdKey, phoneKey, birthYear',
      searchTokens: '&key, *prefixKeys',
    },
    upgrade: async (tx) => {
      const keys = await tx.table('citizens').orderBy('[ownerUserId+updatedAt]').keys();
      const owners = new Set(keys.flatMap((key) => (Array.isArray(key) && typeof key[0] === 'string' ? [key[0]] : [])));
      await tx.table('meta').bulkPut([...owners].map((owner) => ({ key: reindexFlag(owner), value: true })));
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
