import { z } from 'zod';
import { entityNameSchema, fieldsSchema, hlcSchema, revisionSchema } from './common';

// Push: a device sends its outbox in batches. Each mutation is keyed by (deviceId, mutationId): the server
// applies a batch in one transaction and records every result under that key in the same transaction, so a
// replay (a lost response, a duplicated or reordered batch) is answered with the stored result and applied
// exactly once.

export const MAX_MUTATIONS_PER_PUSH = 2000;

/** The same rule as sign-in's device id: client-generated, kept in the device's storage. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

export const mutationSchema = z.object({
  /** The outbox sequence: positive, increasing per device. Fits a 32-bit column. */
  mutationId: z.number().int().min(1).max(2_147_483_647),
  entity: entityNameSchema,
  entityId: z.uuid(),
  op: z.enum(['upsert', 'delete']),
  /** The server revision the device's copy was based on (0 for a record the server has not sent it). */
  baseRevision: revisionSchema,
  /** HLC stamp of the edit; its node id should be the device id. */
  hlc: hlcSchema,
  /** The fields the edit set (a field-level patch); empty for a delete. */
  fields: fieldsSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  protocolVersion: z.number().int().min(1),
  deviceId: deviceIdSchema,
  mutations: z.array(mutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationErrorSchema = z.object({
  /** A code of MUTATION_ERRORS or a domain validation code. */
  code: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
  /** True when the device should keep the mutation and send it again once fixed (see RETRYABLE_MUTATION_ERRORS). */
  retryable: z.boolean().optional(),
});
export type MutationError = z.infer<typeof mutationErrorSchema>;

export const FIRST_OUTCOMES = ['applied', 'linked', 'rejected'] as const;

export const pushResultSchema = z.object({
  mutationId: z.number().int().min(1),
  /**
   * applied: the change is on the server at `revision`.
   * linked: the citizen already existed under another id (same ID number); the change was merged into
   *   `linkedTo`, which the device should adopt in place of `entityId`.
   * rejected: not applied, see `error`.
   * alreadyProcessed: this (deviceId, mutationId) was handled before; `processedAs` and the other fields
   *   repeat that first result.
   */
  status: z.enum(['applied', 'alreadyProcessed', 'rejected', 'linked']),
  entityId: z.uuid(),
  revision: revisionSchema.optional(),
  error: mutationErrorSchema.optional(),
  linkedTo: z.uuid().optional(),
  processedAs: z.enum(FIRST_OUTCOMES).optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** One result per mutation, in the order of the request. */
export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;
