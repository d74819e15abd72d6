import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  SUPPORTED_PROTOCOL_VERSIONS, pullRequestSchema, pushRequestSchema, type PullResponse, type PushResponse,
} from '../../shared/protocol';
import { requireUser } from '../auth/authenticate';
import { ApiError } from '../http/api-error';
import { decompressRequestBody } from '../http/decompress-body';
import { parseBody } from '../http/parse-request';
import { readChanges } from '../sync/pull/read-changes';
import { applyPush } from '../sync/push/apply-push';
import type { SyncContext } from '../sync/sync-context';
import { describeRoute } from '../openapi/route-schemas';

const MB = 1024 * 1024;
// A push batch of 2,000 citizens is about 3–4 MB of JSON; the wire limit leaves room, and gzip makes it
// far smaller. The inflated limit stops a zip bomb long before it costs memory.
export const PUSH_LIMITS = { maxEncodedBytes: 10 * MB, maxDecodedBytes: 20 * MB };
const PULL_LIMITS = { maxEncodedBytes: 64 * 1024, maxDecodedBytes: 64 * 1024 };

/** `POST /sync/push`, `POST /sync/pull` (shared/protocol). */
export function registerSyncRoutes(api: FastifyInstance, ctx: SyncContext): void {
  // onRequest, not preHandler: an unauthenticated body is refused before it is read or inflated.
  // `decompress: false` turns off @fastify/compress's own request inflation here: this route's hook does it,
  // with its two limits and its error codes.
  api.post(
    '/sync/push',
    { config: describeRoute({ body: pushRequestSchema }), onRequest: api.authenticate, decompress: false, preParsing: decompressRequestBody(PUSH_LIMITS), bodyLimit: PUSH_LIMITS.maxDecodedBytes },
    (request): Promise<PushResponse> => applyPush(ctx, requireUser(request), parseSyncMessage(pushRequestSchema, request.body)),
  );

  api.post(
    '/sync/pull',
    { config: describeRoute({ body: pullRequestSchema }), onRequest: api.authenticate, decompress: false, preParsing: decompressRequestBody(PULL_LIMITS), bodyLimit: PULL_LIMITS.maxDecodedBytes },
    (request): Promise<PullResponse> => readChanges(ctx, requireUser(request), parseSyncMessage(pullRequestSchema, request.body)),
  );
}

/**
 * The protocol version is checked before the shape: a message from an app too old (or too new) for this
 * server is answered 409 `protocol-version-unsupported`, which the app turns into "update the app", not
 * into a list of validation errors.
 */
function parseSyncMessage<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const version: unknown = typeof body === 'object' && body !== null ? (body as { protocolVersion?: unknown }).protocolVersion : undefined;
  if (typeof version === 'number' && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
    throw new ApiError(409, 'protocol-version-unsupported', 'This app version speaks a sync protocol the server does not.', {
      supported: SUPPORTED_PROTOCOL_VERSIONS,
    });
  }
  return parseBody(schema, body);
}
