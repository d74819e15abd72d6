import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { refreshSession } from '../auth/refresh-session';
import { signIn } from '../auth/sign-in';
import { signOut } from '../auth/sign-out';
import { parseBody } from '../http/parse-request';
import { describeRoute } from '../openapi/route-schemas';

export type AuthRateLimit = { max: number; timeWindowMs: number };

// Client-generated (crypto.randomUUID() or similar) and kept in the device's storage.
export const deviceId = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'Expected 8–128 letters, digits, "-" or "_"');
const refreshToken = z.string().min(20).max(200);

const signInBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  // Bounded so that nobody can make argon2 hash megabytes.
  password: z.string().min(1).max(1024),
  deviceId,
  deviceLabel: z.string().trim().min(1).max(100).optional(),
});
const refreshBody = z.object({ refreshToken, deviceId });
const signOutBody = z.object({ refreshToken });

/** `POST /auth/sign-in`, `/auth/refresh`, `/auth/sign-out`. */
export function registerAuthRoutes(api: FastifyInstance, ctx: AppContext, rateLimit: AuthRateLimit | false): void {
  api.post('/auth/sign-in', { config: { ...limitBy(rateLimit, 'username'), ...describeRoute({ body: signInBody }) } }, (request) =>
    signIn(ctx, parseBody(signInBody, request.body)),
  );

  api.post('/auth/refresh', { config: { ...limitBy(rateLimit, 'deviceId'), ...describeRoute({ body: refreshBody }) } }, (request) =>
    refreshSession(ctx, parseBody(refreshBody, request.body)),
  );

  api.post('/auth/sign-out', { config: describeRoute({ body: signOutBody }) }, async (request, reply) => {
    await signOut(ctx.db, parseBody(signOutBody, request.body).refreshToken);
    return reply.code(204).send();
  });
}

/**
 * Per IP and per account (or device): guessing passwords for one account is slowed, and one commune
 * office behind a single IP is not locked out because a colleague mistyped.
 */
export function limitBy(rateLimit: AuthRateLimit | false, field: 'username' | 'deviceId' | 'phone'): { rateLimit?: RateLimitOptions } {
  if (!rateLimit) return {};
  return {
    rateLimit: {
      max: rateLimit.max,
      timeWindow: rateLimit.timeWindowMs,
      keyGenerator: (request: FastifyRequest) => `${request.ip}|${bodyField(request.body, field)}`,
    },
  };
}

function bodyField(body: unknown, field: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const value: unknown = (body as Record<string, unknown>)[field];
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 128) : '';
}
