/** A small key/value record about this device (install id, sync cursor, catalog version, …). */
export type MetaRecord = { key: string; value: unknown };

/** An autosaved, unfinished piece of work: a registration form, a dossier draft. */
export type DraftRecord = {
  id: string;
  ownerUserId: string;
  kind: 'citizen' | 'dossier';
  data: unknown;
  createdAt: string;
  updatedAt: string;
};

export type OutboxState = 'pending' | 'rejected' | 'done';

/** A write that must reach the server, queued in the same transaction as the write itself. */
export type OutboxEntry = {
  seq?: number;
  /** Monotonic per device; with deviceId it is the server's idempotency key. */
  mutationId: number;
  /** The device that created the mutation (kept when unsent work is carried to another device). */
  deviceId: string;
  ownerUserId: string;
  entity: 'citizen' | 'village' | 'dossier';
  op: 'upsert' | 'delete';
  entityId: string;
  /** Hybrid logical clock of the edit: the later edit of a field wins on every device. */
  hlc: string;
  /** The server revision the change was based on (0 for a new record). */
  baseRevision: number;
  /** The fields this mutation sets (a field-level patch). */
  fields: Record<string, unknown>;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  /** Machine code and parameters of the last rejection, shown as "needs attention". */
  error?: { code: string; params?: Record<string, unknown> };
};
