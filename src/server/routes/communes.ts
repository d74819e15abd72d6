import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { notFound } from '../http/api-error';
import { parseQuery } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';

export type ProvincesResponse = { provinces: { code: string; name: string }[] };
export type CommunesResponse = { communes: { code: string; name: string; provinceCode: string }[] };

const communesQuery = z.object({ province: z.string().regex(/^\d{2}$/, 'Expected a 2-digit province code').optional() });

// Public reference data for address pickers; it changes only with a new dataset, so caches may keep it a day.
const CACHE_A_DAY = 'public, max-age=86400';

// Sorted in JavaScript with the Vietnamese collation: SQLite and PostgreSQL would each sort differently.
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');

/** `GET /provinces`, `GET /communes?province=38` (public). */
export function registerCommuneRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/provinces', async (_request, reply): Promise<ProvincesResponse> => {
    const provinces = await ctx.db.selectFrom('provinces').select(['code', 'name']).execute();
    void reply.header('cache-control', CACHE_A_DAY);
    return { provinces: provinces.sort(byName) };
  });

  api.get('/communes', { config: describeRoute({ query: communesQuery }) }, async (request, reply): Promise<CommunesResponse> => {
    const { province } = parseQuery(communesQuery, request.query);
    if (province !== undefined) {
      const known = await ctx.db.selectFrom('provinces').select('code').where('code', '=', province).executeTakeFirst();
      if (!known) throw notFound('No province has this code.');
    }
    let query = ctx.db.selectFrom('communes').select(['code', 'name', 'province_code']);
    if (province !== undefined) query = query.where('province_code', '=', province);
    const rows = await query.execute();
    void reply.header('cache-control', CACHE_A_DAY);
    return { communes: rows.map((c) => ({ code: c.code, name: c.name, provinceCode: c.province_code })).sort(byName) };
  });
}
