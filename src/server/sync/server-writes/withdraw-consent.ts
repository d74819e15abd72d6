import { consentSchema, purposeWithdrawal, type Consent } from '../../../domain/citizen/consent';
import type { ConsentPurpose } from '../../../domain/citizen/consent-terms';
import { appendCitizenAudit, type AuditActor } from '../../rights/citizen-audit';
import { appendToChangeLog } from '../change-log';
import { lockSyncWrites } from '../lock-sync-writes';
import { withServerFields } from '../push/merge-record';
import { loadCitizens, saveCitizens } from '../records/citizen-table';
import { readObject } from '../records/record-state';
import type { SyncContext } from '../sync-context';
import { refreshCitizenAttachments } from './citizen-attachments';

export type WithdrawConsentInput = { citizenId: string; purpose: ConsentPurpose; actor: AuditActor & { id: string }; communes: readonly string[] };
export type Withdrawal = NonNullable<Consent['withdrawals']>[number];
export type WithdrawConsentOutcome =
  | { ok: true; revision: number; withdrawal: Withdrawal }
  | { ok: false; error: 'not-found' | 'no-consent' | 'not-accepted' | 'already-withdrawn' };

/**
 * An officer records, with the person present at the one-stop shop, that they withdraw consent for one
 * purpose (data-protection.md: consent "can be withdrawn at any time", acted on within 15 days — here at
 * once). Written like every server write (server clock, new revision, change log, one transaction), so every
 * tablet of the commune shows "withdrawn on …" after its next pull; audited in the same transaction.
 * Withdrawing the keeping of ID-card photos (sensitive data) removes those photos from the record too: the
 * record would otherwise hold sensitive data with no consent for it (citizen-schema.ts refuses that).
 */
export async function withdrawConsent(ctx: SyncContext, input: WithdrawConsentInput): Promise<WithdrawConsentOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const [current] = await loadCitizens(trx, [input.citizenId]);
    if (!current || current.deleted || !input.communes.includes(current.communeCode)) return { ok: false, error: 'not-found' } as const;
    const parsed = consentSchema.safeParse(current.fields.consent);
    if (!parsed.success) return { ok: false, error: 'no-consent' } as const;
    const consent = parsed.data;
    if (!consent.purposes.some((p) => p.purpose === input.purpose && p.decision === 'accepted')) return { ok: false, error: 'not-accepted' } as const;
    if (purposeWithdrawal(consent, input.purpose)) return { ok: false, error: 'already-withdrawn' } as const;

    const now = ctx.now();
    const nowIso = now.toISOString();
    // A tablet whose clock ran ahead may have dated the consent after now: the withdrawal never precedes it,
    // or the record would fail its own rule (consent.withdrawnBeforeRecorded) on the next edit.
    const at = Date.parse(consent.recordedAt) > now.getTime() ? new Date(Date.parse(consent.recordedAt)).toISOString() : nowIso;
    const withdrawal: Withdrawal = { purpose: input.purpose, at, staffUserId: input.actor.id };
    const fields: Record<string, unknown> = { consent: { ...(current.fields.consent as object), withdrawals: [...(consent.withdrawals ?? []), withdrawal] } };
    const photos = readObject(current.fields, 'photos');
    if (input.purpose === 'idPhotoStorage' && photos && (photos.idFront || photos.idBack)) {
      const { idFront: _front, idBack: _back, ...kept } = photos;
      fields.photos = kept;
    }
    const revision = current.revision + 1;
    const next = withServerFields({ ...current, revision, updatedBy: input.actor.id, updatedAt: nowIso }, fields, revision, { serverClock: ctx.serverClock, now });
    await saveCitizens(trx, [next]);
    if (fields.photos) await refreshCitizenAttachments(trx, next);
    await appendToChangeLog(trx, [{ entity: 'citizen', entityId: next.id, communeCode: next.communeCode, revision }], nowIso);
    await appendCitizenAudit(trx, [{
      citizenId: next.id, communeCode: next.communeCode, actor: input.actor, action: 'consent-withdrawn', fields: Object.keys(fields),
      detail: { purpose: input.purpose }, at: nowIso,
    }]);
    return { ok: true, revision, withdrawal } as const;
  });
}
