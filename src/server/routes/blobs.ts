import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { UPLOAD_MIME_TYPES, missingBlobsRequestSchema, sha256Schema, type MissingBlobsResponse } from '../../shared/protocol';
import { requireUser } from '../auth/authenticate';
import { findBlob, knownBlobs, mayReadBlob } from '../blobs/blob-records';
import { notFound } from '../http/api-error';
import { parseBody, parseQuery } from '../http/parse-request';
import type { SyncContext } from '../sync/sync-context';
import { loadUserCommunes } from '../sync/user-communes';
import { describeRoute } from '../openapi/route-schemas';

const blobParams = z.object({ sha256: sha256Schema });
const SERVED_AS_IS: ReadonlySet<string> = new Set(UPLOAD_MIME_TYPES);

/**
 * `HEAD /blobs/:sha256`: does the server have these bytes? The device asks before uploading (to skip it)
 * and before marking a record "sent" (its attachments must be here). `GET /blobs/:sha256`: the bytes, for
 * users who may see them.
 */
export function registerBlobRoutes(api: FastifyInstance, ctx: SyncContext): void {
  api.head('/blobs/:sha256', { config: describeRoute({ params: blobParams }), onRequest: api.authenticate }, async (request, reply) => {
    const { sha256 } = parseQuery(blobParams, request.params);
    const blob = await findBlob(ctx.db, sha256);
    if (!blob) throw notFound('The server does not have this file.');
    return reply.code(200).header('x-blob-size', String(blob.size)).send();
  });

  // Tells no more than HEAD does (whether bytes with this hash are here), for many hashes at once.
  api.post('/blobs/missing', { config: describeRoute({ body: missingBlobsRequestSchema }), onRequest: api.authenticate }, async (request): Promise<MissingBlobsResponse> => {
    const { sha256 } = parseBody(missingBlobsRequestSchema, request.body);
    const known = await knownBlobs(ctx.db, sha256);
    return { missing: [...new Set(sha256)].filter((hash) => !known.has(hash)) };
  });

  api.get('/blobs/:sha256', { config: describeRoute({ params: blobParams }), onRequest: api.authenticate, exposeHeadRoute: false }, async (request, reply) => {
    const { sha256 } = parseQuery(blobParams, request.params);
    const user = requireUser(request);
    const blob = await findBlob(ctx.db, sha256);
    // Not found and not allowed answer alike: the answer must not tell who has which photo.
    if (!blob || !(await mayReadBlob(ctx.db, sha256, user.id, [...(await loadUserCommunes(ctx.db, user.id)).keys()]))) {
      throw notFound('The server does not have this file.');
    }
    const stream = await ctx.blobStore.get(sha256);
    if (!stream) throw notFound('The server does not have this file.');
    return reply
      .type(SERVED_AS_IS.has(blob.mime) ? blob.mime : 'application/octet-stream')
      .header('content-length', String(blob.size))
      // Never run as a page on our origin, whatever the bytes are.
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('etag', `"${sha256}"`)
      .send(stream);
  });
}
