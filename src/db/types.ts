import type { Sealed } from '../lib/crypto-keys';

/** A small key/value record about this device (install id, sync cursor, catalog version, …). */
export type MetaRecord = { key: string; value: unknown };

/** An autosaved, unfinished piece of work: a registration form, a dossier draft. */
export type DraftRecord = {
  id: string;
  ownerUserId: string;
  kind: 'citizen' | 'dossier';
  /** The form as typed, sealed under the workspace key. */
  sealed: Sealed;
  createdAt: string;
  updatedAt: string;
};

export type OutboxState = 'pending' | 'rejected' | 'done';

/** A write that must reach the server, queued in the same transaction as the write itself. */
export type OutboxEntry = {
  seq?: number;
  /** Monotonic per device; with deviceId it is the server's idempotency key. */
  mutationId: number;
  /** The device that sends the mutation: the server's idempotency key is (deviceId, mutationId). */
  deviceId: string;
  /**
   * For work carried in from another device (export/import): "<deviceId>:<mutationId>" there. The
   * server only accepts a device's own mutations, so carried work is re-numbered here; this keeps a
   * second import of the same file from queueing it twice.
   */
  origin?: string;
  ownerUserId: string;
  entity: 'citizen' | 'village' | 'dossier';
  op: 'upsert' | 'delete';
  entityId: string;
  /** Hybrid logical clock of the edit: the later edit of a field wins on every device. */
  hlc: string;
  /** The server revision the change was based on (0 for a new record). */
  baseRevision: number;
  /** The fields this mutation sets (a field-level patch), sealed under the workspace key: they are personal data. */
  sealedFields: Sealed;
  /** Their names (not personal): which fields a pull must not overwrite while this is unsent. */
  fieldNames: string[];
  createdAt: string;
  state: OutboxState;
  attempts: number;
  /** Machine code and parameters of the last rejection, shown as "needs attention". */
  error?: { code: string; params?: Record<string, unknown> };
};

/** An outbox entry with its fields opened, as sync and screens use it. */
export type OutboxView = Omit<OutboxEntry, 'sealedFields'> & { fields: Record<string, unknown> };

/** A draft with its form opened. */
export type DraftView = Omit<DraftRecord, 'sealed'> & { data: unknown };
