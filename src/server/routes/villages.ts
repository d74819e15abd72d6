import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { requireUser, type AuthenticatedUser } from '../auth/authenticate';
import type { VillagesTable } from '../db/schema';
import { ApiError, forbidden } from '../http/api-error';
import { parseBody, parseQuery } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';

export type Village = {
  id: string;
  communeCode: string;
  name: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
};

const communeCode = z.string().regex(/^\d{5}$/, 'Expected a 5-digit commune code');
const villagesQuery = z.object({ commune: communeCode });
const createVillageBody = z.object({
  id: z.uuid(),
  communeCode,
  // NFC so that the same name typed on two keyboards is the same string (shared/reference/administrative-units.md).
  name: z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1).max(100)),
});

const byName = (a: Village, b: Village) => a.name.localeCompare(b.name, 'vi', { numeric: true });

/** `GET /villages?commune=`, `POST /villages` — only for the communes the user is assigned to. */
export function registerVillageRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/villages', { config: describeRoute({ query: villagesQuery }), preHandler: api.authenticate }, async (request): Promise<{ villages: Village[] }> => {
    const { commune } = parseQuery(villagesQuery, request.query);
    assertCommune(requireUser(request), commune);
    const rows = await ctx.db
      .selectFrom('villages')
      .selectAll()
      .where('commune_code', '=', commune)
      .where('deleted_at', 'is', null)
      .execute();
    return { villages: rows.map(toVillage).sort(byName) };
  });

  // Idempotent on the client-generated id: a create replayed after a lost response answers 200 with the
  // stored village instead of failing or duplicating it.
  api.post('/villages', { config: describeRoute({ body: createVillageBody }), preHandler: api.authenticate }, async (request, reply): Promise<{ village: Village }> => {
    const user = requireUser(request);
    // Villages are the commune's reference list, kept by its staff; a citizen's own account only reads it.
    if (user.role === 'citizen') throw forbidden('Only commune staff may add villages.');
    const input = parseBody(createVillageBody, request.body);
    assertCommune(user, input.communeCode);
    const now = new Date().toISOString();
    const inserted = await ctx.db
      .insertInto('villages')
      .values({
        id: input.id,
        commune_code: input.communeCode,
        name: input.name,
        created_by: user.id,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    const row = await ctx.db.selectFrom('villages').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    if (row.commune_code !== input.communeCode) {
      throw new ApiError(409, 'id-conflict', 'This id is already used by another record.');
    }
    void reply.code(Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? 201 : 200);
    return { village: toVillage(row) };
  });
}

function assertCommune(user: AuthenticatedUser, commune: string): void {
  if (!user.communes.includes(commune)) throw forbidden('You are not assigned to this commune.');
}

function toVillage(row: VillagesTable): Village {
  return {
    id: row.id,
    communeCode: row.commune_code,
    name: row.name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
