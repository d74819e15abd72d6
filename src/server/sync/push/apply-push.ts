import type { Mutation, PushRequest, PushResponse, PushResult } from '../../../shared/protocol';
import type { AuthenticatedUser } from '../../auth/authenticate';
import { ApiError } from '../../http/api-error';
import { auditPushedCitizens } from '../../rights/audit-pushed-citizens';
import { lockSyncWrites } from '../lock-sync-writes';
import type { SyncContext } from '../sync-context';
import { applyCitizen } from './apply-citizen';
import { applyDossier } from './apply-dossier';
import { applyVillage } from './apply-village';
import { loadWorkingSet } from './load-working-set';
import { asAlreadyProcessed, loadStoredResults, saveResults } from './mutation-results';
import { isRetryable, rejected, type Outcome } from './outcome';
import { loadPushEnvironment, type PushEnvironment } from './push-environment';
import { saveWorkingSet } from './save-working-set';
import type { WorkingSet } from './working-set';

/**
 * Applies a batch exactly once, in ONE transaction: the records, the change log, every result and the
 * device's last mutation id commit together or not at all. A mutation already answered (the response was
 * lost, the batch was sent twice or out of order) gets its stored result as `alreadyProcessed`. A rejected
 * mutation is recorded with its reason and the batch goes on: one bad record never blocks the queue
 * (shared/reference/anchors.md, complaint 6). An unexpected error rolls the whole batch back (500): the
 * device sends it again and nothing was half-applied.
 */
export async function applyPush(ctx: SyncContext, user: AuthenticatedUser, request: PushRequest): Promise<PushResponse> {
  // The token says which device this is; a device may not write under another's mutation ids.
  if (request.deviceId !== user.deviceId) {
    throw new ApiError(403, 'device-mismatch', 'The device id does not match the signed-in device.');
  }
  return ctx.db.transaction().execute(async (trx) => {
    await lockSyncWrites(trx, ctx.dialect);
    const now = ctx.now();
    const stored = await loadStoredResults(trx, request.deviceId, request.mutations.map((m) => m.mutationId));
    const pending = request.mutations.filter((m) => !stored.has(m.mutationId));
    const env = await loadPushEnvironment(trx, user, ctx.serverClock, now, ctx.papers);
    const ws = await loadWorkingSet(trx, pending);

    const results: PushResult[] = [];
    const recorded: PushResult[] = [];
    const answered = new Map(stored);
    for (const mutation of request.mutations) {
      const first = answered.get(mutation.mutationId);
      if (first) {
        results.push(asAlreadyProcessed(first));
        continue;
      }
      const outcome = await applyMutation(ws, mutation, env);
      const result: PushResult = { mutationId: mutation.mutationId, ...outcome };
      results.push(result);
      // A retryable rejection changed nothing and is not recorded: the same mutation is welcome again.
      if (!isRetryable(outcome)) {
        answered.set(mutation.mutationId, result);
        recorded.push(result);
      }
    }

    // Who changed which citizen's fields, in the same transaction (issue 8 §4), read against the rows not yet saved.
    await auditPushedCitizens(trx, ws.changed(), { id: user.id, role: user.role }, env.nowIso);
    await saveWorkingSet(trx, ws, env.nowIso);
    await saveResults(trx, request.deviceId, recorded, env.nowIso);
    return { results };
  });
}

function applyMutation(ws: WorkingSet, mutation: Mutation, env: PushEnvironment): Outcome | Promise<Outcome> {
  // A citizen's phone writes only their own dossiers: never someone's record, never the commune's villages.
  if (env.citizenSelf && mutation.entity !== 'dossier') return rejected(mutation.entityId, 'forbidden-commune', { reason: 'citizen-own-dossiers-only' });
  switch (mutation.entity) {
    case 'citizen':
      return applyCitizen(ws, mutation, env);
    case 'village':
      return applyVillage(ws, mutation, env);
    case 'dossier':
      return applyDossier(ws, mutation, env);
  }
}
