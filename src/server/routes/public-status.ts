import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import { resultDueDate } from '../../domain/dossier/result-due-date';
import { ApiError } from '../http/api-error';
import { parseQuery } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';

const query = z.object({ code: z.string().trim().toUpperCase().min(6).max(40).regex(/^[A-Z0-9.-]+$/, 'Expected a dossier code') });
const calendar = buildWorkCalendar();
// Dossier codes are received in Vietnam's time zone (the receipt's date).
const vietnamDate = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
const vietnamTime = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 16);

/**
 * `GET /public/dossier-status?code=` — for anyone holding a receipt (issue 7 §7): the procedure, the
 * status and the dates, by official code or local reference. No personal data: not the name, not the
 * commune's notes. Codes are long and not guessable in bulk; the route is rate-limited with the API.
 */
export function registerPublicStatusRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/public/dossier-status', { config: describeRoute({ query }) }, async (request, reply) => {
    const { code } = parseQuery(query, request.query);
    const row = await ctx.db
      .selectFrom('dossiers')
      .select(['official_code', 'local_reference', 'procedure_code', 'status', 'received_at', 'updated_at'])
      .where('deleted', '=', 0)
      .where((eb) => eb.or([eb('official_code', '=', code), eb('local_reference', '=', code)]))
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'dossier-not-found', 'No dossier has this code.');
    const procedure = findProcedure(CATALOG, row.procedure_code);
    const due = procedure && row.received_at
      ? resultDueDate(procedure.processing, { date: vietnamDate(row.received_at), time: vietnamTime(row.received_at) }, calendar)
      : null;
    void reply.header('cache-control', 'no-store');
    return {
      dossier: {
        code: row.official_code ?? row.local_reference ?? code,
        procedureCode: row.procedure_code,
        status: row.status,
        ...(row.received_at ? { receivedAt: row.received_at } : {}),
        ...(due ? { expectedResultDate: due.date } : {}),
        updatedAt: row.updated_at,
      },
    };
  });
}
