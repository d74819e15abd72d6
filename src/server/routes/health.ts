import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';

export type HealthResponse = { status: 'ok'; database: AppContext['dialect']; version: string };

/** `GET /health`: ok only after a real round trip to the database. */
export function registerHealthRoutes(api: FastifyInstance, ctx: AppContext): void {
  api.get('/health', async (request): Promise<HealthResponse> => {
    try {
      await sql`select 1`.execute(ctx.db);
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      throw new ApiError(503, 'database-unavailable', 'The database is not reachable.');
    }
    return { status: 'ok', database: ctx.dialect, version: ctx.version };
  });
}
