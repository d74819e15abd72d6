import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AgencyPublicKey } from '../../shared/papers';
import type { Database } from '../db/schema';
import { unwrapPrivateKey, wrapPrivateKey } from './key-wrap';

export type SigningKey = { kid: string; agencyCode: string; privateKey: KeyObject };

const kidOf = (agencyCode: string, generation: number) => `${agencyCode}#${generation}`;

/** The raw 32-byte Ed25519 public key of a key pair: the last 32 bytes of its SPKI DER encoding. */
const rawPublicKey = (publicKey: KeyObject) => publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64url');

/**
 * Adds the agency's next key generation. Two servers adding the same generation at once: the unique
 * (agency, generation) constraint keeps one, and both then sign with it.
 */
async function addGeneration(db: Kysely<Database>, wrappingKey: Buffer, agencyCode: string, generation: number, now: Date): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const kid = kidOf(agencyCode, generation);
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  await db
    .insertInto('agency_keys')
    .values({
      kid, agency_code: agencyCode, generation, public_key: rawPublicKey(publicKey),
      private_key: wrapPrivateKey(wrappingKey, kid, pkcs8), created_at: now.toISOString(), retired_at: null,
    })
    .onConflict((oc) => oc.columns(['agency_code', 'generation']).doNothing())
    .execute();
}

async function newestRow(db: Kysely<Database>, agencyCode: string) {
  return db.selectFrom('agency_keys').selectAll().where('agency_code', '=', agencyCode).orderBy('generation', 'desc').limit(1).executeTakeFirst();
}

/** The key the agency signs with now (its newest generation), created on the agency's first paper. */
export async function currentSigningKey(db: Kysely<Database>, wrappingKey: Buffer, agencyCode: string, now: Date): Promise<SigningKey> {
  let row = await newestRow(db, agencyCode);
  if (!row) {
    await addGeneration(db, wrappingKey, agencyCode, 1, now);
    row = await newestRow(db, agencyCode);
  }
  if (!row) throw new Error(`No signing key for ${agencyCode}`);
  const privateKey = createPrivateKey({ key: unwrapPrivateKey(wrappingKey, row.kid, row.private_key), format: 'der', type: 'pkcs8' });
  return { kid: row.kid, agencyCode, privateKey };
}

/**
 * A new key for the agency (a tablet or a server was lost, or the yearly change): later papers are signed with
 * it; the older keys are retired, not deleted, so every paper already handed out still verifies.
 */
export async function rotateSigningKey(db: Kysely<Database>, wrappingKey: Buffer, agencyCode: string, now: Date): Promise<string> {
  const generation = ((await newestRow(db, agencyCode))?.generation ?? 0) + 1;
  await addGeneration(db, wrappingKey, agencyCode, generation, now);
  await db
    .updateTable('agency_keys')
    .set({ retired_at: now.toISOString() })
    .where('agency_code', '=', agencyCode)
    .where('generation', '<', generation)
    .where('retired_at', 'is', null)
    .execute();
  return kidOf(agencyCode, generation);
}

export async function listAgencyPublicKeys(db: Kysely<Database>): Promise<AgencyPublicKey[]> {
  const rows = await db.selectFrom('agency_keys').select(['kid', 'agency_code', 'public_key', 'created_at', 'retired_at']).orderBy('agency_code').orderBy('generation').execute();
  return rows.map((r) => ({ kid: r.kid, agencyCode: r.agency_code, publicKey: r.public_key, createdAt: r.created_at, retiredAt: r.retired_at }));
}
