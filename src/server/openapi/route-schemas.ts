import type { z } from 'zod';

/** The zod schemas a route validates with, so the OpenAPI description is generated from the same source. */
export type RouteSchemas = { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType; summary?: string; auth?: boolean };

declare module 'fastify' {
  // Declaration merging is the one place an `interface` is needed: Fastify's types are extended this way.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /** Read by the `onRoute` hook that builds `/openapi.json`; the handler still calls `parseBody` itself. */
    schemas?: RouteSchemas;
  }
}

/** A route's `config` entry describing its input, e.g. `{ config: describeRoute({ body: signInBody }) }`. */
export const describeRoute = (schemas: RouteSchemas): { schemas: RouteSchemas } => ({ schemas });
