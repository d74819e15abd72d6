import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type ServerOptions, type Upload } from '@tus/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES, uploadMetadataSchema } from '../../shared/protocol';
import { requireUser, type AuthenticatedUser } from '../auth/authenticate';
import type { SyncContext } from '../sync/sync-context';
import { finalizeUpload } from './finalize-upload';
import { tusError } from './tus-error';

export const UPLOADS_PATH = '/api/v1/uploads';

type TusRequest = Parameters<NonNullable<ServerOptions['onIncomingRequest']>>[0];

export type TusUploads = {
  /** Hands an authenticated request to tus (the Fastify reply must be hijacked first). */
  handle: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Deletes uploads left unfinished for longer than the expiry. */
  removeExpired: () => Promise<number>;
};

export type TusUploadsOptions = {
  /**
   * Where partial uploads live. With several server processes it must be shared by all of them (the data
   * directory on a shared volume): tus keeps each upload's offset in the file itself and its metadata in
   * a JSON file beside it, so any server can resume an upload another one started.
   */
  directory: string;
  maxBytes?: number;
  /** Unfinished uploads are kept this long (default 14 days: a field worker may be out of coverage a week). */
  expiryMs?: number;
};

/**
 * Resumable uploads (tus 1.0) with @tus/server and a file store. Authentication is Fastify's (the route's
 * onRequest hook, with the same device and account checks as every API route); the tus hooks then check
 * that an upload is the user's own, validate its metadata (sha256, mime, size) and, when the last byte
 * arrives, verify the hash and move the file into the blob store.
 *
 * UNSURE: tus locks an upload in memory, per process. Two servers are safe when a device sends one request
 * at a time per upload, as tus-js-client does; simultaneous PATCHes of one upload to two servers need a
 * shared locker (e.g. on PostgreSQL advisory locks).
 */
export function createTusUploads(ctx: SyncContext, options: TusUploadsOptions): TusUploads {
  // Keyed by Node's request object, which Fastify and tus both see: the user Fastify authenticated.
  const users = new WeakMap<object, AuthenticatedUser>();
  const finishedOnCreate = new WeakMap<object, string>();
  const datastore = new FileStore({ directory: options.directory, expirationPeriodInMilliseconds: options.expiryMs ?? 14 * 24 * 3600_000 });
  const removeUpload = (id: string) => datastore.remove(id);
  const finalize = (upload: Upload, keepUpload: boolean) =>
    finalizeUpload(ctx, upload, { directory: options.directory, removeUpload, keepUpload });

  const userOf = (req: TusRequest): AuthenticatedUser => {
    const raw = req.runtime?.node?.req;
    const user = raw ? users.get(raw) : undefined;
    if (!user) throw tusError(401, 'unauthenticated', 'Sign-in is required.');
    return user;
  };

  const server = new Server({
    path: UPLOADS_PATH,
    datastore,
    maxSize: options.maxBytes ?? MAX_UPLOAD_BYTES,
    // Relative: the app reaches the API on its own origin, whichever server or proxy answered.
    relativeLocation: true,
    // No CORS headers: the API serves only its own origin (http/security-headers.ts).
    allowedOrigins: () => false,
    async onIncomingRequest(req, id) {
      const user = userOf(req);
      if (req.method === 'POST') return;
      const upload = await datastore.getUpload(id).catch(() => undefined);
      if (!upload) return; // tus answers 404 / 410 itself
      // Someone else's upload is answered as if it did not exist.
      if (upload.metadata?.uploadedBy !== user.id) throw tusError(404, 'not-found', 'Not found.');
      // A server that stopped between the last byte and moving the file leaves a complete upload behind:
      // the device's next HEAD finishes the job, so the upload can never be stuck "complete but missing".
      if (req.method === 'HEAD' && upload.size !== undefined && upload.offset === upload.size) await finalize(upload, true);
    },
    onUploadCreate(req, upload) {
      const user = userOf(req);
      const metadata = uploadMetadataSchema.safeParse(upload.metadata);
      if (!metadata.success) {
        const mimeOnly = metadata.error.issues.every((issue) => issue.path[0] === 'mime');
        throw mimeOnly
          ? tusError(415, 'mime-not-allowed', 'This kind of file is not accepted.')
          : tusError(400, 'upload-metadata-invalid', 'Upload-Metadata needs sha256, mime and size.');
      }
      if (upload.size === undefined || Number(metadata.data.size) !== upload.size) {
        throw tusError(400, 'upload-metadata-invalid', 'Upload-Length must be given and equal the size in the metadata.');
      }
      // Set here from the token, whatever the device sent: it decides who may resume and read the upload.
      return Promise.resolve({ metadata: { ...upload.metadata, uploadedBy: user.id } });
    },
    async onUploadFinish(req, upload) {
      // A photo sent whole with its creation request (creation-with-upload): tus still reads the upload
      // after this hook to write its response, so it is removed only once the response is out (handle()).
      const raw = req.runtime?.node?.req;
      const onCreate = req.method === 'POST' && raw !== undefined;
      await finalize(upload, onCreate);
      if (onCreate) finishedOnCreate.set(raw, upload.id);
      return {};
    },
  });

  return {
    handle: async (request, reply) => {
      users.set(request.raw, requireUser(request));
      reply.hijack();
      await server.handle(request.raw, reply.raw);
      const finished = finishedOnCreate.get(request.raw);
      // Already in the blob store; a crash before this line leaves it to the expiry clean-up.
      if (finished) await removeUpload(finished).catch(() => undefined);
    },
    removeExpired: () => server.cleanUpExpiredUploads(),
  };
}

export const defaultUploadsDirectory = (dataDir: string) => join(dataDir, 'uploads');
