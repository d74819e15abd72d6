import { z } from 'zod';
import { HLC_PATTERN } from '../hlc';

// Pieces shared by the push and pull messages.

export const ENTITY_NAMES = ['citizen', 'village', 'dossier'] as const;
export const entityNameSchema = z.enum(ENTITY_NAMES);
export type EntityName = z.infer<typeof entityNameSchema>;

export const hlcSchema = z.string().regex(HLC_PATTERN);

/** Field names are identifiers: no "__proto__", no dots (a field is a whole top-level value). */
export const fieldNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/);

/** A field-level patch, or a whole record: top-level field name → JSON value. */
export const fieldsSchema = z.record(fieldNameSchema, z.unknown());
export type Fields = z.infer<typeof fieldsSchema>;

/** The HLC stamp of the write that set each field. */
export const fieldClocksSchema = z.record(fieldNameSchema, hlcSchema);

/** A value that lost a conflict, kept with the record so staff can see "changed on another device". */
export const historyEntrySchema = z.object({
  field: fieldNameSchema,
  value: z.unknown(),
  /** Stamp of the losing value. */
  hlc: hlcSchema,
  /** Stamp of the value that won; null when the field belongs to the server and the server never set it. */
  winner: hlcSchema.nullable(),
  /** When the server settled it (ISO 8601, UTC). */
  at: z.string(),
  /** The record revision at which it was settled. */
  revision: z.number().int().min(0),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const revisionSchema = z.number().int().min(0);
