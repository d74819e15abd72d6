import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { requireUser, type AuthenticatedUser } from '../auth/authenticate';
import type { Database } from '../db/schema';
import { forbidden } from '../http/api-error';
import { loadUserCommunes } from '../sync/user-communes';

/** The signed-in officer or admin, with the communes they serve as the database says now (not the token). */
export type OfficeUser = AuthenticatedUser & { communeCodes: string[] };

async function withCommunes(db: Kysely<Database>, user: AuthenticatedUser): Promise<OfficeUser> {
  return { ...user, communeCodes: [...(await loadUserCommunes(db, user.id)).keys()] };
}

/** Officers and admins: the one-stop shop's back office. Staff (field workers) answer 403. */
export async function requireOfficer(db: Kysely<Database>, request: FastifyRequest): Promise<OfficeUser> {
  const user = requireUser(request);
  if (user.role !== 'officer' && user.role !== 'admin') throw forbidden('Only one-stop-shop officers may use the back office.');
  return withCommunes(db, user);
}

export async function requireAdmin(db: Kysely<Database>, request: FastifyRequest): Promise<OfficeUser> {
  const user = requireUser(request);
  if (user.role !== 'admin') throw forbidden('Only an administrator may do this.');
  return withCommunes(db, user);
}

/** One commune the user asked for, or all of theirs; a commune they do not serve is refused. */
export function communesInScope(user: OfficeUser, commune: string | undefined): string[] {
  if (commune === undefined) return user.communeCodes;
  if (!user.communeCodes.includes(commune)) throw forbidden('You are not assigned to this commune.');
  return [commune];
}
