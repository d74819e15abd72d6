import { z } from 'zod';
import { entityNameSchema, fieldClocksSchema, fieldsSchema, historyEntrySchema, revisionSchema } from './common';

// Pull: the server's changes after a cursor, a page at a time. The change log is compacted (one entry per
// record and commune, at its latest change), so a page holds each record once, at its latest revision.
// The device stores a page's changes and its cursor in ONE local transaction: a crash between the two
// would otherwise skip changes or apply them twice.

export const DEFAULT_PULL_LIMIT = 1000;
export const MAX_PULL_LIMIT = 5000;

export const pullRequestSchema = z.object({
  protocolVersion: z.number().int().min(1),
  /** Opaque: '' for a first pull, then the `cursor` of the last response stored. */
  cursor: z.string().max(200),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const changeSchema = z.object({
  entity: entityNameSchema,
  entityId: z.uuid(),
  revision: revisionSchema,
  /** The server sequence of this change (increasing, with gaps). */
  seq: z.number().int().min(1),
  /**
   * True when the record is deleted, or is no longer visible to this user (it moved to a commune they do
   * not serve): the device removes its copy. `fields` is then empty.
   */
  deleted: z.boolean(),
  /** The whole record (not a patch), the server's fields included. */
  fields: fieldsSchema,
  fieldClocks: fieldClocksSchema,
  /** Values that lost a conflict on this record, oldest first; absent when none. */
  history: z.array(historyEntrySchema).optional(),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  /** Store it with the changes; send it on the next pull. */
  cursor: z.string(),
  /** More changes wait: pull again now. */
  hasMore: z.boolean(),
  /**
   * Version 2: the current tag of each resource a device keeps offline besides records (`catalog`: the
   * ETag of `GET /catalog`). A device fetches a resource only when its tag changed, so a sync with nothing
   * new is this one request. Absent when the server sends none.
   */
  resources: z.record(z.string().max(100), z.string().max(200)).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
