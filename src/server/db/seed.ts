import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword, type PasswordHashOptions } from '../auth/passwords';
import { loadAdministrativeUnits } from './address-units';
import {
  DEFAULT_DEMO_PASSWORD,
  DEMO_COMMUNE_CODE,
  DEMO_USERS,
  DEMO_VILLAGES,
  type DemoUser,
} from './demo-data';
import type { Database } from './schema';

export type SeedOptions = {
  /** Password given to demo accounts when they are created (default `CauNoi@2026`). */
  demoPassword?: string | undefined;
  passwordHashOptions?: PasswordHashOptions | undefined;
};

export type DemoAccount = DemoUser & {
  active: boolean;
  /** The demo password while the account still uses it; null once someone has changed it. */
  password: string | null;
};

const CHUNK_SIZE = 500;

/**
 * Idempotent: loads all provinces and communes (names refreshed from the dataset), creates the demo accounts
 * and villages when missing and never overwrites them, so an operator's changes survive a restart.
 */
export async function seedDatabase(db: Kysely<Database>, options: SeedOptions = {}): Promise<DemoAccount[]> {
  const password = options.demoPassword ?? DEFAULT_DEMO_PASSWORD;
  await upsertAdministrativeUnits(db);
  for (const user of DEMO_USERS) await createUserIfMissing(db, user, password, options.passwordHashOptions);
  await createDemoVillages(db);
  return listDemoAccounts(db, password);
}

async function upsertAdministrativeUnits(db: Kysely<Database>): Promise<void> {
  const { provinces, communes } = loadAdministrativeUnits();
  await db.transaction().execute(async (trx) => {
    for (const rows of chunk(provinces, CHUNK_SIZE)) {
      await trx
        .insertInto('provinces')
        .values(rows.map((p) => ({ code: p.code, name: p.name })))
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({ name: eb.ref('excluded.name') }))
            .where((eb) => eb('provinces.name', '<>', eb.ref('excluded.name'))),
        )
        .execute();
    }
    for (const rows of chunk(communes, CHUNK_SIZE)) {
      await trx
        .insertInto('communes')
        .values(rows.map((c) => ({ code: c.code, name: c.name, province_code: c.provinceCode })))
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), province_code: eb.ref('excluded.province_code') }))
            .where((eb) =>
              eb.or([
                eb('communes.name', '<>', eb.ref('excluded.name')),
                eb('communes.province_code', '<>', eb.ref('excluded.province_code')),
              ]),
            ),
        )
        .execute();
    }
  });
}

async function createUserIfMissing(
  db: Kysely<Database>,
  user: DemoUser,
  password: string,
  hashOptions: PasswordHashOptions | undefined,
): Promise<void> {
  const existing = await db.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirst();
  if (existing) return;
  const passwordHash = await hashPassword(password, hashOptions);
  const now = new Date().toISOString();
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('users')
      .values({
        id,
        username: user.username,
        display_name: user.displayName,
        password_hash: passwordHash,
        role: user.role,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .executeTakeFirst();
    // Another process seeding at the same moment won the race: its row stands.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
    await trx
      .insertInto('user_communes')
      .values(user.communeCodes.map((code) => ({ user_id: id, commune_code: code })))
      .execute();
  });
}

async function createDemoVillages(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('villages')
    .values(
      DEMO_VILLAGES.map((v) => ({
        id: v.id,
        commune_code: DEMO_COMMUNE_CODE,
        name: v.name,
        created_by: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

async function listDemoAccounts(db: Kysely<Database>, password: string): Promise<DemoAccount[]> {
  const rows = await db
    .selectFrom('users')
    .select(['username', 'password_hash', 'active'])
    .where(
      'username',
      'in',
      DEMO_USERS.map((u) => u.username),
    )
    .execute();
  const accounts: DemoAccount[] = [];
  for (const user of DEMO_USERS) {
    const row = rows.find((r) => r.username === user.username);
    if (!row) continue;
    const usesDemoPassword = await verifyPassword(row.password_hash, password);
    accounts.push({ ...user, active: row.active === 1, password: usesDemoPassword ? password : null });
  }
  return accounts;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
