import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../db/schema';

export type PublicUser = {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  communes: { code: string; name: string }[];
};

export type UserProfile = PublicUser & { active: boolean };

/** A user with the communes they may act for, or undefined when the id is unknown. */
export async function loadUserProfile(db: Kysely<Database>, userId: string): Promise<UserProfile | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  // A citizen is not assigned to communes (that would open the commune's records to them): their one commune
  // is the one of their account, the commune whose staff check their dossiers (migration 0016).
  const communes = user.role === 'citizen'
    ? await db
      .selectFrom('citizen_accounts')
      .innerJoin('communes', 'communes.code', 'citizen_accounts.commune_code')
      .select(['communes.code', 'communes.name'])
      .where('citizen_accounts.user_id', '=', userId)
      .execute()
    : await db
      .selectFrom('user_communes')
      .innerJoin('communes', 'communes.code', 'user_communes.commune_code')
      .select(['communes.code', 'communes.name'])
      .where('user_communes.user_id', '=', userId)
      .orderBy('communes.code')
      .execute();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    active: user.active === 1,
    communes,
  };
}

export function toPublicUser({ id, username, displayName, role, communes }: UserProfile): PublicUser {
  return { id, username, displayName, role, communes };
}
