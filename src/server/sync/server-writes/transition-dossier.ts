import {
  transition, type DossierEvent, type DossierStatus, type TransitionContext, type TransitionError,
} from '../../../domain/dossier/status-machine';
import { appendToChangeLog } from '../change-log';
import { lockSyncWrites } from '../lock-sync-writes';
import { loadDossiers, saveDossiers } from '../records/dossier-table';
import { readString } from '../records/record-state';
import { withServerFields } from '../push/merge-record';
import type { SyncContext } from '../sync-context';

export type TransitionInput = { dossierId: string; event: DossierEvent; context?: TransitionContext; userId: string };
export type TransitionOutcome =
  | { ok: true; status: DossierStatus; revision: number }
  | { ok: false; error: TransitionError | 'not-found' };

/**
 * An officer moves a dossier through the status machine (src/domain/dossier/status-machine.ts). The
 * status is a server-owned field: it is written with the server's clock, bumps the revision and enters
 * the change log, so it reaches the staff's devices on their next pull and no device edit can undo it.
 */
export async function transitionDossier(ctx: SyncContext, input: TransitionInput): Promise<TransitionOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const [current] = await loadDossiers(trx, [input.dossierId]);
    if (!current || current.deleted) return { ok: false, error: 'not-found' } as const;
    const moved = transition(readString(current.fields, 'status') as DossierStatus, input.event, input.context);
    if (!moved.ok) return moved;

    const now = ctx.now();
    const revision = current.revision + 1;
    const reason = input.context?.reason?.trim();
    const missing = input.context?.missingItems?.filter((item) => item.trim() !== '');
    const next = withServerFields(
      { ...current, revision, updatedBy: input.userId, updatedAt: now.toISOString() },
      { status: moved.status, statusReason: reason ?? null, missingItems: missing && missing.length > 0 ? missing : null },
      revision,
      { serverClock: ctx.serverClock, now },
    );
    await saveDossiers(trx, [next]);
    await appendToChangeLog(trx, [{ entity: 'dossier', entityId: next.id, communeCode: next.communeCode, revision }], now.toISOString());
    return { ok: true, status: moved.status, revision } as const;
  });
}
