import type { ColumnType, Generated } from 'kysely';

// Kysely table types. Column names are the SQL names (snake_case); routes map them to camelCase.
// Timestamps are ISO-8601 UTC text (`Date#toISOString()`): portable across SQLite and PostgreSQL, and
// lexicographic order equals time order. Booleans are integers 0/1 for the same reason.

/** `citizen` (migration 0016): a villager's own account on their own phone, never a staff role. */
export type UserRole = 'staff' | 'officer' | 'admin' | 'citizen';

export type ProvincesTable = { code: string; name: string };

export type CommunesTable = { code: string; name: string; province_code: string };

export type VillagesTable = {
  id: string;
  commune_code: string;
  name: string;
  /** Null for villages created by the seed or an import. */
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

/**
 * Columns migration 0004 added to villages for sync. Kept apart from VillagesTable so that code written
 * before sync keeps its row type; sync code sees them through `db.withTables<SyncVillageTables>()`.
 */
export type VillageSyncColumns = {
  /** 0 until the village enters the change log (written outside sync: the seed, POST /villages). */
  revision: Generated<number>;
  field_clocks: Generated<string>;
  field_revisions: Generated<string>;
  history: Generated<string>;
};
export type SyncVillageTables = { villages: VillageSyncColumns };

/** Columns every synced record table has: the JSON record and what sync needs to merge it. */
export type SyncedRecordColumns = {
  id: string;
  commune_code: string;
  revision: number;
  /** JSON object: the record's fields. */
  fields: string;
  /** JSON object: field → HLC stamp of the write that set it. */
  field_clocks: string;
  /** JSON object: field → revision at which it was last written. */
  field_revisions: string;
  /** JSON array of values that lost a conflict (shared/protocol HistoryEntry). */
  history: string;
  deleted: number;
  created_by: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
};

export type CitizensTable = SyncedRecordColumns & {
  province_code: string;
  village_id: string | null;
  full_name: string;
  /** 12-digit citizen ID (CCCD), normalised; null when the person has none. */
  id_number: string | null;
  old_id_number: string | null;
  /** The name without diacritics, lowercase (foldDiacritics), for the back office's search (migration 0012). */
  search_name: string;
};

export type CitizenLinksTable = { alias_id: string; citizen_id: string; created_at: string };

export type DossiersTable = SyncedRecordColumns & {
  citizen_id: string;
  procedure_code: string;
  status: string;
  official_code: string | null;
  agency_code: string | null;
  local_reference: string | null;
  submitted_at: string | null;
  received_at: string | null;
  /** The statutory result date (Vietnam, YYYY-MM-DD), from the server field `dueDate` (migration 0012). */
  due_date: string | null;
  /** When the result was ready or the dossier refused, from the server field `decidedAt` (migration 0012). */
  decided_at: string | null;
};

export type ChangeLogTable = {
  /** bigint on PostgreSQL, which node-postgres returns as a string: read it through Number(). */
  seq: ColumnType<number | string, never, never>;
  entity: string;
  entity_id: string;
  commune_code: string;
  revision: number;
  created_at: string;
};

export type DeviceMutationsTable = { device_id: string; last_mutation_id: number; updated_at: string };

export type MutationResultsTable = {
  device_id: string;
  mutation_id: number;
  status: string;
  /** JSON: the PushResult first answered. */
  result: string;
  created_at: string;
};

export type BlobsTable = { sha256: string; size: number; mime: string; created_at: string };
export type BlobUploadersTable = { sha256: string; user_id: string; created_at: string };
export type RecordAttachmentsTable = { entity: string; entity_id: string; sha256: string; commune_code: string };

export type ReceivingAgenciesTable = { commune_code: string; agency_code: string; code_format: string; updated_at: string };
export type OfficialCodeSequencesTable = { agency_code: string; day: string; last_value: number };

export type UsersTable = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: UserRole;
  active: number;
  created_at: string;
  updated_at: string;
  /** Base64 AES-256 key that wraps the user's workspace keys on devices (issue 8); set on first sign-in. */
  recovery_key: string | null;
};

export type UserCommunesTable = { user_id: string; commune_code: string };

export type DevicesTable = {
  id: string;
  /** The last user who signed in on the device: tablets are shared within a commune office. */
  user_id: string | null;
  label: string | null;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
  wipe_requested_at: string | null;
};

export type RefreshTokensTable = {
  id: string;
  user_id: string;
  device_id: string;
  family_id: string;
  /** SHA-256 of the token, hex. The raw token is never stored. */
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  created_at: string;
};

export type Database = {
  provinces: ProvincesTable;
  communes: CommunesTable;
  villages: VillagesTable;
  users: UsersTable;
  user_communes: UserCommunesTable;
  devices: DevicesTable;
  refresh_tokens: RefreshTokensTable;
  citizens: CitizensTable;
  citizen_links: CitizenLinksTable;
  dossiers: DossiersTable;
  change_log: ChangeLogTable;
  device_mutations: DeviceMutationsTable;
  mutation_results: MutationResultsTable;
  blobs: BlobsTable;
  blob_uploaders: BlobUploadersTable;
  record_attachments: RecordAttachmentsTable;
  receiving_agencies: ReceivingAgenciesTable;
  official_code_sequences: OfficialCodeSequencesTable;
  dossier_events: DossierEventsTable;
  agency_keys: AgencyKeysTable;
  citizen_audit: CitizenAuditTable;
  data_requests: DataRequestsTable;
  server_settings: ServerSettingsTable;
  citizen_accounts: CitizenAccountsTable;
  handovers: HandoversTable;
};

/** A citizen's own account (migration 0016): their phone, commune, and the citizens row that is them. */
export type CitizenAccountsTable = { user_id: string; citizen_id: string; phone: string; commune_code: string; created_at: string };

/** A dossier draft handed between a staff tablet and a citizen's phone, once (migration 0016). */
export type HandoversTable = {
  id: string;
  /** SHA-256 of the short code, hex. */
  code_hash: string;
  direction: 'toCitizen' | 'toStaff';
  commune_code: string;
  /** JSON: the draft. */
  payload: string;
  /** The language the consent was read in (staff → citizen only). */
  consent_language: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
};

/** The append-only audit log of dossier status changes (migration 0012). */
export type DossierEventsTable = {
  id: string;
  dossier_id: string;
  commune_code: string;
  actor_id: string | null;
  event: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  /** JSON array of strings, for a supplement request. */
  missing_items: string | null;
  created_at: string;
};

/** Receiving agencies' Ed25519 signing keys, one row per generation (migration 0013). */
export type AgencyKeysTable = {
  kid: string;
  agency_code: string;
  generation: number;
  /** 32 bytes, base64url. */
  public_key: string;
  /** PKCS#8, AES-256-GCM encrypted under the paper secret (src/server/papers/key-wrap.ts). */
  private_key: string;
  created_at: string;
  retired_at: string | null;
};

/** The append-only audit log of citizens' data (migration 0014): triggers refuse UPDATE and DELETE. */
export type CitizenAuditTable = {
  id: string;
  citizen_id: string;
  commune_code: string;
  actor_id: string | null;
  actor_role: string;
  action: string;
  /** JSON array of field names (never their values). */
  fields: string | null;
  /** JSON object of non-personal details (a purpose, a request kind, an export format). */
  detail: string | null;
  created_at: string;
};

/** A data-subject request and its statutory dates (migration 0014). */
export type DataRequestsTable = {
  id: string;
  citizen_id: string;
  commune_code: string;
  kind: string;
  status: string;
  note: string | null;
  received_at: string;
  /** YYYY-MM-DD in Vietnam. */
  acknowledge_by: string;
  /** YYYY-MM-DD in Vietnam. */
  due_date: string;
  created_by: string | null;
  completed_at: string | null;
  completed_by: string | null;
  outcome: string | null;
};

/** Run-time settings an administrator changes (migration 0014); `value` is JSON. */
export type ServerSettingsTable = { key: string; value: string; updated_by: string | null; updated_at: string };
