import { handoverDraftSchema, type HandoverDraft } from '../../domain/dossier/handover';
import type { AuthenticatedUser } from '../auth/authenticate';
import { ApiError } from '../http/api-error';
import type { SyncContext } from '../sync/sync-context';
import { handoverCommunes, hashHandoverCode } from './create-handover';

export type ClaimedHandover = { draft: HandoverDraft; direction: 'toCitizen' | 'toStaff'; communeCode: string; createdAt: string };

const notFound = () => new ApiError(404, 'handover-not-found', 'No hand-over has this code: check it and try again.');

/**
 * Gives the draft to the one receiver the code was made for: a citizen of the commune (staff → citizen) or
 * a staff member of the commune (citizen → staff). The code works once: the claim is a conditional update,
 * so two devices scanning the same code at once cannot both get it. The receiver may then download the
 * pages (they are recorded as theirs); who claimed and when stay on the row, next to who handed it over.
 */
export async function claimHandover(ctx: SyncContext, user: AuthenticatedUser, code: string): Promise<ClaimedHandover> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('handovers').selectAll().where('code_hash', '=', hashHandoverCode(code)).executeTakeFirst();
    if (!row) throw notFound();
    const receiverIsCitizen = user.role === 'citizen';
    // The wrong kind of receiver, or another commune, is told only that there is no such code.
    if ((row.direction === 'toCitizen') !== receiverIsCitizen) throw notFound();
    if (!(await handoverCommunes({ ...ctx, db: trx }, user)).includes(row.commune_code)) throw notFound();
    if (row.claimed_at) throw new ApiError(409, 'handover-used', 'This code has already been used.');
    if (row.expires_at <= now.toISOString()) throw new ApiError(410, 'handover-expired', 'This code has expired: ask for a new one.');
    const claimed = await trx.updateTable('handovers').set({ claimed_by: user.id, claimed_at: now.toISOString() })
      .where('id', '=', row.id).where('claimed_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new ApiError(409, 'handover-used', 'This code has already been used.');
    const draft = handoverDraftSchema.parse(JSON.parse(row.payload));
    for (const sha256 of new Set(Object.values(draft.documents).flat().map((p) => p.sha256))) {
      await trx.insertInto('blob_uploaders').values({ sha256, user_id: user.id, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['sha256', 'user_id']).doNothing()).execute();
    }
    return { draft, direction: row.direction, communeCode: row.commune_code, createdAt: row.created_at };
  });
}
