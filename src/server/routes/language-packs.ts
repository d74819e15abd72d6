import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { validatePackEntries, type PackEntry } from '../../domain/i18n/validate-pack';
import { isAppLanguage, languageInfo, type AppLanguage } from '../../shared/languages';
import {
  LANGUAGE_PACK_CONFLICT,
  LANGUAGE_PACK_INVALID,
  languagePackPut,
  type LanguagePackResources,
  type LanguagePackResponse,
} from '../../shared/language-packs';
import type { AppContext } from '../app-context';
import { requireUser } from '../auth/authenticate';
import type { Database } from '../db/schema';
import { ApiError, forbidden, notFound } from '../http/api-error';
import { parseBody } from '../http/parse-request';
import { loadSourceIndex } from '../i18n/source-locale';
import { describeRoute } from '../openapi/route-schemas';

export type LanguagePacksTable = { language: string; version: string; updated_by: string | null; updated_at: string };
export type LanguagePackEntriesTable = {
  language: string;
  namespace: string;
  key: string;
  value: string;
  updated_by: string | null;
  updated_at: string;
};
/** Tables of migration 0010, seen through `db.withTables` so that this feature keeps its types to itself. */
export type LanguagePackTables = { language_packs: LanguagePacksTable; language_pack_entries: LanguagePackEntriesTable };

export type LanguagePackOptions = { localesDir?: string | undefined };

const EMPTY_VERSION = '0';
// Caches may keep a pack but must ask again each time (a 304 costs a few bytes): imports reach devices at once.
const REVALIDATE = 'public, no-cache';
const INSERT_BATCH = 200;

/** The version is a digest of the content: the same pack is the same version, on every server. */
function versionOf(entries: readonly PackEntry[]): string {
  if (entries.length === 0) return EMPTY_VERSION;
  const sorted = [...entries].sort((a, b) => a.namespace.localeCompare(b.namespace) || a.key.localeCompare(b.key));
  return createHash('sha256').update(JSON.stringify(sorted.map((e) => [e.namespace, e.key, e.value]))).digest('hex').slice(0, 16);
}

const etag = (version: string) => `"${version}"`;
const ifMatches = (header: string | undefined, version: string) =>
  header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag(version));

function toResources(entries: readonly PackEntry[]): LanguagePackResources {
  const resources: LanguagePackResources = {};
  for (const { namespace, key, value } of entries) (resources[namespace] ??= {})[key] = value;
  return resources;
}

function packLanguage(value: string): AppLanguage {
  if (!isAppLanguage(value)) throw notFound('No such language.');
  return value;
}

async function readPack(db: Kysely<Database & LanguagePackTables>, language: string): Promise<LanguagePackResponse> {
  const [head, rows] = await Promise.all([
    db.selectFrom('language_packs').selectAll().where('language', '=', language).executeTakeFirst(),
    db.selectFrom('language_pack_entries').select(['namespace', 'key', 'value']).where('language', '=', language).execute(),
  ]);
  return { language, version: head?.version ?? EMPTY_VERSION, resources: toResources(rows), updatedAt: head?.updated_at ?? null };
}

function sendPack(reply: FastifyReply, pack: LanguagePackResponse): LanguagePackResponse {
  void reply.header('etag', etag(pack.version)).header('cache-control', REVALIDATE);
  return pack;
}

/**
 * `GET /language-packs/:lang` (public: what admins imported, for every device to merge over its bundled texts)
 * and `PUT /language-packs/:lang` (admin: replaces the language's imported texts, checked by the same rules as
 * the admin's browser used, domain/i18n/validate-pack.ts). A refused pack changes nothing.
 */
export function registerLanguagePackRoutes(api: FastifyInstance, ctx: AppContext, options: LanguagePackOptions = {}): void {
  const db = ctx.db.withTables<LanguagePackTables>();

  api.get<{ Params: { lang: string } }>('/language-packs/:lang', async (request, reply) => {
    const pack = await readPack(db, packLanguage(request.params.lang));
    if (ifMatches(request.headers['if-none-match'], pack.version)) {
      void reply.code(304).header('etag', etag(pack.version)).header('cache-control', REVALIDATE);
      return reply.send();
    }
    return sendPack(reply, pack);
  });

  api.put<{ Params: { lang: string } }>(
    '/language-packs/:lang',
    { config: describeRoute({ body: languagePackPut }), preHandler: api.authenticate, bodyLimit: 4 * 1024 * 1024 },
    async (request, reply) => {
      const user = requireUser(request);
      if (user.role !== 'admin') throw forbidden('Only an administrator may import a language pack.');
      const language = packLanguage(request.params.lang);
      if (language === 'vi') throw new ApiError(422, 'source-language', 'Vietnamese is the source language: it changes with the app.');
      const body = parseBody(languagePackPut, request.body);
      const entries: PackEntry[] = body.entries.map((e, i) => ({ ...e, value: e.value.normalize('NFC').trim(), row: i + 1 }));
      const issues = validatePackEntries(loadSourceIndex(options.localesDir), languageInfo(language).plurals, entries);
      if (issues.length > 0) throw new ApiError(422, LANGUAGE_PACK_INVALID, 'The language pack is not valid.', issues);

      const version = versionOf(entries);
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('language_packs').values({ language, version: EMPTY_VERSION, updated_by: null, updated_at: now })
          .onConflict((oc) => oc.column('language').doNothing()).execute();
        const head = await trx.selectFrom('language_packs').select('version').where('language', '=', language).executeTakeFirstOrThrow();
        const expected = request.headers['if-match'];
        if (expected !== undefined && !ifMatches(expected, head.version)) {
          throw new ApiError(412, LANGUAGE_PACK_CONFLICT, 'The language pack changed since it was read.', { version: head.version });
        }
        // Compare-and-set: a concurrent import that got here first makes this update match no row.
        const moved = await trx.updateTable('language_packs').set({ version, updated_by: user.id, updated_at: now })
          .where('language', '=', language).where('version', '=', head.version).executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) {
          throw new ApiError(412, LANGUAGE_PACK_CONFLICT, 'The language pack changed since it was read.');
        }
        // Only what changed is written, so each text keeps who imported it and when.
        const current = await trx.selectFrom('language_pack_entries').select(['namespace', 'key', 'value'])
          .where('language', '=', language).execute();
        const id = (e: { namespace: string; key: string }) => `${e.namespace}\u0000${e.key}`;
        const next = new Map(entries.map((e) => [id(e), e]));
        const before = new Map(current.map((e) => [id(e), e]));
        for (const gone of current.filter((e) => !next.has(id(e)))) {
          await trx.deleteFrom('language_pack_entries')
            .where('language', '=', language).where('namespace', '=', gone.namespace).where('key', '=', gone.key).execute();
        }
        for (const changed of entries.filter((e) => before.has(id(e)) && before.get(id(e))!.value !== e.value)) {
          await trx.updateTable('language_pack_entries').set({ value: changed.value, updated_by: user.id, updated_at: now })
            .where('language', '=', language).where('namespace', '=', changed.namespace).where('key', '=', changed.key).execute();
        }
        const added = entries.filter((e) => !before.has(id(e)));
        for (let i = 0; i < added.length; i += INSERT_BATCH) {
          await trx.insertInto('language_pack_entries')
            .values(added.slice(i, i + INSERT_BATCH).map((e) => ({
              language, namespace: e.namespace, key: e.key, value: e.value, updated_by: user.id, updated_at: now,
            })))
            .execute();
        }
      });
      return sendPack(reply, await readPack(db, language));
    },
  );
}
