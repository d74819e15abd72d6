import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { HANDOVER_TTL_MINUTES, formatHandoverCode, type createHandoverSchema } from '../../domain/dossier/handover';
import type { AuthenticatedUser } from '../auth/authenticate';
import { mayReadBlob } from '../blobs/blob-records';
import { ApiError, forbidden } from '../http/api-error';
import type { SyncContext } from '../sync/sync-context';
import { loadUserCommunes } from '../sync/user-communes';

export type CreateHandoverInput = z.output<typeof createHandoverSchema>;
export type CreatedHandover = { code: string; expiresAt: string; direction: 'toCitizen' | 'toStaff' };

export const hashHandoverCode = (code: string) => createHash('sha256').update(code).digest('hex');

/** The communes a user acts for in a hand-over: a staff member's assignments, a citizen's own commune. */
export async function handoverCommunes(ctx: SyncContext, user: AuthenticatedUser): Promise<string[]> {
  if (user.role !== 'citizen') return [...(await loadUserCommunes(ctx.db, user.id)).keys()];
  const account = await ctx.db.selectFrom('citizen_accounts').select('commune_code').where('user_id', '=', user.id).executeTakeFirst();
  return account ? [account.commune_code] : [];
}

/**
 * Stores a draft for one hand-over and returns its one-time code (only its hash is kept). Staff hand to a
 * citizen's phone, and only with the citizen's consent, confirmed by staff in the citizen's language
 * (shared/reference/data-protection.md: explicit, for this purpose, recorded); a citizen hands to staff. The
 * pages must be on the server already and readable by the sender: a hand-over never opens a photo its
 * sender could not see.
 */
export async function createHandover(ctx: SyncContext, user: AuthenticatedUser, input: CreateHandoverInput): Promise<CreatedHandover> {
  const direction = user.role === 'citizen' ? 'toStaff' : 'toCitizen';
  if (direction === 'toCitizen' && !input.consent) throw new ApiError(422, 'consent-required', 'Confirm that the citizen agrees before handing the draft to their phone.');
  const communes = await handoverCommunes(ctx, user);
  if (!communes.includes(input.communeCode)) throw forbidden('You are not assigned to this commune.');
  const hashes = [...new Set(Object.values(input.draft.documents).flat().map((page) => page.sha256))];
  const missing: string[] = [];
  for (const sha256 of hashes) if (!(await mayReadBlob(ctx.db, sha256, user.id, communes))) missing.push(sha256);
  if (missing.length > 0) throw new ApiError(409, 'attachment-missing', 'Upload the pages first, then hand the draft over.', { missing });

  const code = formatHandoverCode(randomBytes(8));
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + HANDOVER_TTL_MINUTES * 60_000).toISOString();
  await ctx.db.insertInto('handovers').values({
    id: randomUUID(), code_hash: hashHandoverCode(code), direction, commune_code: input.communeCode, payload: JSON.stringify(input.draft),
    consent_language: input.consent?.language ?? null, created_by: user.id, created_at: now.toISOString(), expires_at: expiresAt, claimed_by: null, claimed_at: null,
  }).execute();
  return { code, expiresAt, direction };
}
