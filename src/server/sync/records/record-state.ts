import type { EntityName, Fields, HistoryEntry } from '../../../shared/protocol';
import type { FieldClocks } from '../../../shared/reconcile/reconcile';

/** A synced record as push and pull handle it, whatever table it lives in. */
export type RecordState = {
  entity: EntityName;
  id: string;
  /** A row exists in the database (insert or update when saved). */
  stored: boolean;
  revision: number;
  fields: Fields;
  fieldClocks: FieldClocks;
  fieldRevisions: Record<string, number>;
  history: HistoryEntry[];
  deleted: boolean;
  communeCode: string;
  /** The commune when loaded: a record that moves is logged under both, so the old commune hears it left. */
  loadedCommuneCode: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export const recordKey = (entity: EntityName, id: string) => `${entity}:${id}`;

/** JSON columns are written by this code only; a parse failure is a corrupt row and should fail loudly. */
export function parseJsonObject<T extends object>(text: string): T {
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object') throw new TypeError('Expected a JSON object or array column');
  return value as T;
}

export function readString(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' ? value : undefined;
}

export function readObject(fields: Fields, name: string): Record<string, unknown> | undefined {
  const value = fields[name];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
