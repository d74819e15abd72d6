import type { EntityName, Fields, Mutation } from '../../../shared/protocol';
import { reconcile } from '../../../shared/reconcile/reconcile';
import type { RecordState } from '../records/record-state';
import type { PushEnvironment } from './push-environment';

export type MergedRecord = {
  state: RecordState;
  /** False when the mutation changed nothing (every field already so, nothing lost): no new revision. */
  changed: boolean;
};

/**
 * The record after a mutation's fields are reconciled into it (shared/reconcile, the same function devices
 * run): a new revision, and every value that lost a conflict appended to the record's history.
 * Pure: the caller validates the result before putting it in the working set.
 */
export function mergeRecord(
  entity: EntityName,
  id: string,
  current: RecordState | undefined,
  mutation: Pick<Mutation, 'fields' | 'hlc' | 'baseRevision'>,
  serverOwnedFields: readonly string[],
  env: PushEnvironment,
): MergedRecord {
  const revision = (current?.revision ?? 0) + 1;
  const result = reconcile(
    current,
    { fields: mutation.fields, hlc: mutation.hlc, baseRevision: mutation.baseRevision, revision },
    { serverOwnedFields },
  );
  const changed = !current || result.applied.length > 0 || result.lost.length > 0;
  const base = current ?? newRecordState(entity, id, env);
  if (!changed) return { state: base, changed };
  return {
    changed,
    state: {
      ...base,
      revision,
      fields: result.fields,
      fieldClocks: result.fieldClocks,
      fieldRevisions: result.fieldRevisions,
      history: [...base.history, ...result.lost.map((lost) => ({ ...lost, at: env.nowIso, revision }))],
      updatedBy: env.userId,
      updatedAt: env.nowIso,
    },
  };
}

/**
 * Server-written fields (status, official code): set outright at `revision`, stamped by the server's clock.
 * The caller sets the record's revision.
 */
export function withServerFields(state: RecordState, fields: Fields, revision: number, env: ServerWriter): RecordState {
  const stamp = env.serverClock.tick(env.now.getTime());
  const clocks = { ...state.fieldClocks };
  const revisions = { ...state.fieldRevisions };
  for (const name of Object.keys(fields)) {
    clocks[name] = stamp;
    revisions[name] = revision;
  }
  return { ...state, fields: { ...state.fields, ...fields }, fieldClocks: clocks, fieldRevisions: revisions };
}

export type ServerWriter = Pick<PushEnvironment, 'serverClock' | 'now'>;

export function markDeleted(current: RecordState, env: PushEnvironment): RecordState {
  return { ...current, deleted: true, revision: current.revision + 1, updatedBy: env.userId, updatedAt: env.nowIso };
}

/** A record the server does not have yet: revision 0, no fields. */
export function newRecordState(entity: EntityName, id: string, env: Pick<PushEnvironment, 'userId' | 'nowIso'>): RecordState {
  return {
    entity,
    id,
    stored: false,
    revision: 0,
    fields: {},
    fieldClocks: {},
    fieldRevisions: {},
    history: [],
    deleted: false,
    communeCode: '',
    loadedCommuneCode: null,
    createdBy: env.userId,
    updatedBy: env.userId,
    createdAt: env.nowIso,
    updatedAt: env.nowIso,
  };
}
