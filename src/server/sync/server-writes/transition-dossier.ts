import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/calendar/dates';
import { DECIDING_STATUSES } from '../../../domain/dossier/deadline';
import {
  transition, type DossierEvent, type DossierStatus, type TransitionContext, type TransitionError,
} from '../../../domain/dossier/status-machine';
import { initials } from '../../../domain/text/initials';
import type { Database } from '../../db/schema';
import { appendToChangeLog } from '../change-log';
import { lockSyncWrites } from '../lock-sync-writes';
import { loadCitizens } from '../records/citizen-table';
import { loadDossiers, saveDossiers } from '../records/dossier-table';
import { readString, type RecordState } from '../records/record-state';
import { withServerFields } from '../push/merge-record';
import type { SyncContext } from '../sync-context';
import { receiptFieldsOnAcceptance } from './accept-citizen-draft';
import { appendDossierEvent, statusBeforeSupplementRequest } from './dossier-events';

export type TransitionInput = {
  dossierId: string;
  event: DossierEvent;
  context?: TransitionContext;
  userId: string;
  /** The communes the user serves: a dossier outside them is answered like one that does not exist. */
  communes?: readonly string[];
};
export type TransitionOutcome =
  | { ok: true; status: DossierStatus; revision: number }
  | { ok: false; error: TransitionError | 'not-found' };

/**
 * An officer moves a dossier through the status machine (src/domain/dossier/status-machine.ts). The
 * status is a server-owned field: it is written with the server's clock, bumps the revision and enters
 * the change log, so it reaches the staff's devices on their next pull and no device edit can undo it.
 * The audit log gets its entry in the same transaction; a decision is dated (`decidedAt`, for the on-time
 * rate), and a ready result gets its signed notice.
 */
export async function transitionDossier(ctx: SyncContext, input: TransitionInput): Promise<TransitionOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const [current] = await loadDossiers(trx, [input.dossierId]);
    if (!current || current.deleted || (input.communes && !input.communes.includes(current.communeCode))) return { ok: false, error: 'not-found' } as const;
    const from = readString(current.fields, 'status') as DossierStatus;
    // A supplement handed in at the desk resumes where the request left the dossier, as one from a device does.
    const context = input.event === 'supplement' ? { ...input.context, resumeAt: input.context?.resumeAt ?? (await statusBeforeSupplementRequest(trx, current.id)) } : input.context;
    const moved = transition(from, input.event, context);
    if (!moved.ok) return moved;

    const now = ctx.now();
    const revision = current.revision + 1;
    const reason = context?.reason?.trim() || null;
    const missing = context?.missingItems?.map((item) => item.trim()).filter((item) => item !== '');
    const decided = DECIDING_STATUSES.includes(moved.status) && !readString(current.fields, 'decidedAt');
    const signedResult = moved.status === 'resultReady' ? await signResult(ctx, trx, current, now) : undefined;
    const receipt = input.event === 'acceptCheck' ? await receiptFieldsOnAcceptance(ctx, trx, current, now) : {};
    const next = withServerFields(
      { ...current, revision, updatedBy: input.userId, updatedAt: now.toISOString() },
      {
        status: moved.status, statusReason: reason, missingItems: missing && missing.length > 0 ? missing : null,
        ...(decided ? { decidedAt: now.toISOString() } : {}), ...(signedResult ? { signedResult } : {}), ...receipt,
      },
      revision,
      { serverClock: ctx.serverClock, now },
    );
    await saveDossiers(trx, [next]);
    await appendToChangeLog(trx, [{ entity: 'dossier', entityId: next.id, communeCode: next.communeCode, revision }], now.toISOString());
    await appendDossierEvent(trx, {
      dossierId: next.id, communeCode: next.communeCode, actorId: input.userId, event: input.event, from, to: moved.status, note: reason,
      missingItems: missing, at: now.toISOString(),
    });
    return { ok: true, status: moved.status, revision } as const;
  });
}

/** The result notice, signed with the agency's key: the same small paper as the receipt, of kind `result`. */
async function signResult(ctx: SyncContext, trx: Kysely<Database>, dossier: RecordState, now: Date): Promise<string | undefined> {
  const code = readString(dossier.fields, 'officialCode');
  const agency = readString(dossier.fields, 'agencyCode');
  if (!ctx.papers || !code || !agency) return undefined;
  const [citizen] = await loadCitizens(trx, [readString(dossier.fields, 'citizenId') ?? '']);
  const due = readString(dossier.fields, 'dueDate');
  return ctx.papers.sign(trx, {
    kind: 'result', code, proc: readString(dossier.fields, 'procedureCode') ?? '', who: initials(readString(citizen?.fields ?? {}, 'fullName') ?? ''),
    on: todayInVietnam(now), ...(due ? { due } : {}), agency, commune: dossier.communeCode,
  }, now);
}
