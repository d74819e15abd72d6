// Every version of the local schema, oldest first. A released version is never edited:
// a change is a new entry (with an upgrade function when data must move). The upgrade test opens
// a database written by version 1 and checks nothing is lost on the way to the latest.
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
};

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
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
