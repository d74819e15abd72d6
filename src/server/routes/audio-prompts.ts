import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findMessage } from '../../domain/i18n/source-messages';
import {
  AUDIO_MIME_TYPES,
  AUDIO_NOT_RECOGNISED,
  AUDIO_TYPE_UNSUPPORTED,
  MAX_PROMPT_BYTES,
  UNKNOWN_TEXT_KEY,
  audioFileParams,
  audioLanguageParams,
  audioPromptParams,
  audioPromptUploadQuery,
  type AudioMime,
} from '../../shared/audio-prompts';
import { isAppLanguage } from '../../shared/languages';
import { deletePrompt, findPromptFile, readManifest, savePrompt, type AudioPromptTables } from '../audio/audio-prompt-records';
import { looksLike } from '../audio/sniff-audio';
import { requireUser } from '../auth/authenticate';
import { recordBlob } from '../blobs/blob-records';
import { ApiError, forbidden, notFound } from '../http/api-error';
import { parseQuery } from '../http/parse-request';
import { loadSourceIndex } from '../i18n/source-locale';
import { describeRoute } from '../openapi/route-schemas';
import type { SyncContext } from '../sync/sync-context';

export type AudioPromptOptions = { localesDir?: string | undefined };

// A manifest may be kept but is asked for again each time (a 304 is a few bytes on 2G): a new recording
// reaches devices at their next sync. A file never changes under its address.
const REVALIDATE = 'public, no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const etag = (version: string) => `"${version}"`;
const ifMatches = (header: string | undefined, version: string) =>
  header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag(version));

/** Staff record in the field with local speakers and admins review; officers work the back office only. */
function requireRecorder(request: FastifyRequest) {
  const user = requireUser(request);
  if (user.role !== 'admin' && user.role !== 'staff') throw forbidden('Only staff and administrators may record audio.');
  return user;
}

function declaredMime(request: FastifyRequest): AudioMime {
  const essence = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const mime = AUDIO_MIME_TYPES.find((m) => m === essence);
  if (!mime || !Buffer.isBuffer(request.body)) {
    throw new ApiError(415, AUDIO_TYPE_UNSUPPORTED, 'A recording must be sent as audio/webm or audio/ogg.');
  }
  return mime;
}

/**
 * Audio prompts (issue 7 §3). Reading is public, like the language packs: a villager's own phone plays them with
 * nobody signed in. Recording and deleting are for staff and admins. The bytes go to the blob store that keeps
 * photos, but only a recording some prompt uses is ever served from the public file route.
 */
export function registerAudioPromptRoutes(api: FastifyInstance, ctx: SyncContext, options: AudioPromptOptions = {}): void {
  const db = ctx.db.withTables<AudioPromptTables>();

  api.get<{ Params: { lang: string } }>('/audio-prompts/:lang', { config: describeRoute({ params: audioLanguageParams }) }, async (request, reply) => {
    if (!isAppLanguage(request.params.lang)) throw notFound('No such language.');
    const manifest = await readManifest(db, request.params.lang);
    void reply.header('etag', etag(manifest.version)).header('cache-control', REVALIDATE);
    if (ifMatches(request.headers['if-none-match'], manifest.version)) return reply.code(304).send();
    return manifest;
  });

  api.get('/audio-files/:sha256', { config: describeRoute({ params: audioFileParams }), exposeHeadRoute: false }, async (request, reply) => {
    const { sha256 } = parseQuery(audioFileParams, request.params);
    const file = await findPromptFile(db, sha256);
    const stream = file ? await ctx.blobStore.get(sha256) : null;
    if (!file || !stream) throw notFound('No such recording.');
    return reply
      .type(file.mime)
      .header('content-length', String(file.size))
      .header('cache-control', IMMUTABLE)
      .header('etag', etag(sha256))
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(stream);
  });

  void api.register((scope, _opts, done) => {
    // The recording's bytes are the body; the parser only applies inside this scope.
    scope.addContentTypeParser([...AUDIO_MIME_TYPES], { parseAs: 'buffer', bodyLimit: MAX_PROMPT_BYTES }, (_request, body, parsed) => parsed(null, body));

    scope.put('/audio-prompts/:lang/:key', {
      config: describeRoute({ params: audioPromptParams, query: audioPromptUploadQuery, summary: 'Body: the recording, audio/webm or audio/ogg (Opus).' }),
      onRequest: scope.authenticate,
      bodyLimit: MAX_PROMPT_BYTES,
    }, async (request) => {
      const user = requireRecorder(request);
      const { lang, key } = parseQuery(audioPromptParams, request.params);
      const separator = key.indexOf(':');
      if (!findMessage(loadSourceIndex(options.localesDir), key.slice(0, separator), key.slice(separator + 1))) {
        throw new ApiError(422, UNKNOWN_TEXT_KEY, 'The app has no text with this key.');
      }
      const { durationMs } = parseQuery(audioPromptUploadQuery, request.query);
      const mime = declaredMime(request);
      const bytes = request.body as Buffer;
      if (!looksLike(mime, bytes)) throw new ApiError(422, AUDIO_NOT_RECOGNISED, `The file is not ${mime}.`);

      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const at = ctx.now().toISOString();
      // The file first: a prompt row never points at bytes the store lacks.
      if (!(await ctx.blobStore.has(sha256))) await ctx.blobStore.put(sha256, Readable.from([bytes]));
      return ctx.db.transaction().execute(async (trx) => {
        await recordBlob(trx, { sha256, size: bytes.length, mime }, user.id, at);
        return savePrompt(trx.withTables<AudioPromptTables>(), { language: lang, key, sha256, mime, durationMs, userId: user.id, at });
      });
    });

    scope.delete('/audio-prompts/:lang/:key', { config: describeRoute({ params: audioPromptParams }), onRequest: scope.authenticate }, async (request, reply) => {
      requireRecorder(request);
      const { lang, key } = parseQuery(audioPromptParams, request.params);
      if (!(await deletePrompt(db, lang, key))) throw notFound('There is no recording for this text.');
      return reply.code(204).send();
    });
    done();
  });
}
