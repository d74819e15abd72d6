import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { hashPassword } from '../auth/passwords';
import type { Database, UserRole } from '../db/schema';
import { ApiError, forbidden, notFound } from '../http/api-error';
import type { OfficeUser } from '../office/office-access';

const ROLES = ['staff', 'officer', 'admin'] as const satisfies readonly UserRole[];
const communeCodes = z.array(z.string().regex(/^\d{5}$/)).min(1).max(50);
const displayName = z.string().transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')).pipe(z.string().min(2).max(100));

export const createStaffBody = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,64}$/, 'Letters, digits, ".", "_" or "-", 3 to 64'),
  displayName,
  role: z.enum(ROLES),
  communes: communeCodes,
});
export const updateStaffBody = z.object({ displayName: displayName.optional(), role: z.enum(ROLES).optional(), communes: communeCodes.optional(), active: z.boolean().optional() });

export type StaffAccount = {
  id: string; username: string; displayName: string; role: UserRole; active: boolean; communes: string[]; createdAt: string;
  /** False when the account also serves communes this admin does not: it can be seen, not changed. */
  manageable: boolean;
};

// Read aloud and typed on a tablet: no 0/O, 1/l/I.
const PASSWORD_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
/** A temporary password the admin hands over; the user should change it (12 characters, about 59 bits). */
export function temporaryPassword(): string {
  const part = () => Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return `${part()}-${part()}-${part()}`;
}

async function communesOf(db: Kysely<Database>, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await db.selectFrom('user_communes').select(['user_id', 'commune_code']).where('user_id', 'in', [...userIds]).orderBy('commune_code').execute();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.commune_code]);
  return map;
}

/** Accounts serving any of the admin's communes (an account with none of them stays invisible). */
export async function listStaff(db: Kysely<Database>, admin: OfficeUser): Promise<StaffAccount[]> {
  if (admin.communeCodes.length === 0) return [];
  const ids = await db.selectFrom('user_communes').select('user_id').distinct().where('commune_code', 'in', admin.communeCodes).execute();
  if (ids.length === 0) return [];
  const users = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'active', 'created_at']).where('id', 'in', ids.map((r) => r.user_id)).orderBy('username').execute();
  const communes = await communesOf(db, users.map((u) => u.id));
  return users.map((u) => {
    const own = communes.get(u.id) ?? [];
    return {
      id: u.id, username: u.username, displayName: u.display_name, role: u.role, active: u.active === 1, communes: own, createdAt: u.created_at,
      manageable: own.length > 0 && own.every((c) => admin.communeCodes.includes(c)),
    };
  });
}

/** An account this admin may change: every commune it serves is one of theirs. Others answer 404, not 403. */
export async function manageableStaff(db: Kysely<Database>, admin: OfficeUser, id: string): Promise<StaffAccount> {
  const account = (await listStaff(db, admin)).find((u) => u.id === id);
  if (!account) throw notFound('No account with this id in your communes.');
  if (!account.manageable) throw forbidden('This account also serves communes you do not administer.');
  return account;
}

function assertCommunes(admin: OfficeUser, communes: readonly string[]): void {
  if (!communes.every((c) => admin.communeCodes.includes(c))) throw forbidden('You may only assign communes you administer.');
}

export async function createStaff(ctx: AppContext, admin: OfficeUser, input: z.infer<typeof createStaffBody>): Promise<{ account: StaffAccount; password: string }> {
  assertCommunes(admin, input.communes);
  const password = temporaryPassword();
  const id = randomUUID();
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(password, ctx.passwordHashOptions);
  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('users')
      .values({ id, username: input.username, display_name: input.displayName, password_hash: passwordHash, role: input.role, active: 1, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('username').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new ApiError(409, 'username-taken', 'This username is already used.');
    await trx.insertInto('user_communes').values([...new Set(input.communes)].map((code) => ({ user_id: id, commune_code: code }))).execute();
  });
  return { account: await manageableStaff(ctx.db, admin, id), password };
}

/** Sessions of a user end at once: their refresh tokens are revoked (access tokens fail on the next request). */
async function endSessions(db: Kysely<Database>, userId: string, now: string): Promise<void> {
  await db.updateTable('refresh_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function updateStaff(ctx: AppContext, admin: OfficeUser, id: string, input: z.infer<typeof updateStaffBody>): Promise<StaffAccount> {
  await manageableStaff(ctx.db, admin, id);
  // An admin cannot lock themselves out by mistake; another admin can.
  if (id === admin.id && (input.role !== undefined || input.active !== undefined || input.communes !== undefined)) {
    throw new ApiError(409, 'cannot-change-self', 'Ask another administrator to change your own role, communes or access.');
  }
  if (input.communes) assertCommunes(admin, input.communes);
  const now = new Date().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({
      updated_at: now,
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    }).where('id', '=', id).execute();
    if (input.communes) {
      await trx.deleteFrom('user_communes').where('user_id', '=', id).execute();
      await trx.insertInto('user_communes').values([...new Set(input.communes)].map((code) => ({ user_id: id, commune_code: code }))).execute();
    }
    if (input.active === false) await endSessions(trx, id, now);
  });
  return manageableStaff(ctx.db, admin, id);
}

export async function resetStaffPassword(ctx: AppContext, admin: OfficeUser, id: string): Promise<{ password: string }> {
  await manageableStaff(ctx.db, admin, id);
  const password = temporaryPassword();
  const now = new Date().toISOString();
  const passwordHash = await hashPassword(password, ctx.passwordHashOptions);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
    // A reset usually follows a leak: whoever held the old password loses their sessions too.
    await endSessions(trx, id, now);
  });
  return { password };
}
