// Kysely table types. Column names are the SQL names (snake_case); routes map them to camelCase.
// Timestamps are ISO-8601 UTC text (`Date#toISOString()`): portable across SQLite and PostgreSQL, and
// lexicographic order equals time order. Booleans are integers 0/1 for the same reason.

export type UserRole = 'staff' | 'officer' | 'admin';

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

export type UsersTable = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: UserRole;
  active: number;
  created_at: string;
  updated_at: string;
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
};
