import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export type BlobRow = { sha256: string; size: number; mime: string };

/** Records a stored blob and who uploaded it; both idempotent (the same photo may be uploaded twice). */
export async function recordBlob(db: Kysely<Database>, blob: BlobRow, userId: string, at: string): Promise<void> {
  await db
    .insertInto('blobs')
    .values({ ...blob, created_at: at })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  await db
    .insertInto('blob_uploaders')
    .values({ sha256: blob.sha256, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing())
    .execute();
}

/** Which of these hashes the server has (at most a thousand are asked at once). */
export async function knownBlobs(db: Kysely<Database>, hashes: readonly string[]): Promise<Set<string>> {
  const rows = await db.selectFrom('blobs').select('sha256').where('sha256', 'in', [...new Set(hashes)]).execute();
  return new Set(rows.map((r) => r.sha256));
}

export async function findBlob(db: Kysely<Database>, sha256: string): Promise<BlobRow | undefined> {
  return db.selectFrom('blobs').select(['sha256', 'size', 'mime']).where('sha256', '=', sha256).executeTakeFirst();
}

/**
 * A user may download a blob that a record of one of their communes references, or that they uploaded
 * themselves (a photo taken on their tablet whose record is not synced yet). ID-card photos are sensitive
 * data (shared/reference/data-protection.md): knowing a hash is not enough.
 */
export async function mayReadBlob(db: Kysely<Database>, sha256: string, userId: string, communeCodes: readonly string[]): Promise<boolean> {
  const uploaded = await db
    .selectFrom('blob_uploaders')
    .select('sha256')
    .where('sha256', '=', sha256)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (uploaded) return true;
  if (communeCodes.length === 0) return false;
  const referenced = await db
    .selectFrom('record_attachments')
    .select('sha256')
    .where('sha256', '=', sha256)
    .where('commune_code', 'in', [...communeCodes])
    .limit(1)
    .executeTakeFirst();
  return referenced !== undefined;
}
