import { citizenSchema, validateCitizen } from '../../../domain/citizen/citizen-schema';
import type { Mutation } from '../../../shared/protocol';
import { citizenIdNumber, citizenProvince } from '../records/citizen-table';
import type { RecordState } from '../records/record-state';
import { markDeleted, mergeRecord } from './merge-record';
import { fieldsWithoutId, rejectMissingAttachments, rejectUnknownFields } from './mutation-checks';
import { rejected, rejectedByRules, type Outcome } from './outcome';
import type { PushEnvironment } from './push-environment';
import type { WorkingSet } from './working-set';

// The citizen fields of the domain schema (one source of truth), without the id, which is `entityId`.
const CITIZEN_FIELDS: ReadonlySet<string> = new Set(Object.keys(citizenSchema.shape).filter((name) => name !== 'id'));
// No citizen field belongs to the server (yet): devices own the whole record.
const SERVER_OWNED: readonly string[] = [];

/**
 * A citizen upsert or delete. A new citizen whose ID number already belongs to a living citizen of the
 * same province is the same person registered twice (offline, or on two tablets): the pushed fields are
 * merged into the existing record, the new id becomes an alias of it, and the device is told `linked`.
 */
export function applyCitizen(ws: WorkingSet, m: Mutation, env: PushEnvironment): Outcome {
  const targetId = ws.resolveCitizen(m.entityId);
  const viaAlias = targetId !== m.entityId;
  const current = ws.get('citizen', targetId);
  if (m.op === 'delete') {
    // A delete of an alias comes from a device still holding its own copy of a person the server linked to
    // an existing record: it must not delete that person. Nothing to do; the device adopts `linkedTo`.
    if (viaAlias) return { status: 'linked', entityId: m.entityId, linkedTo: targetId, ...(current ? { revision: current.revision } : {}) };
    return deleteCitizen(ws, m, current, env);
  }

  const own = fieldsWithoutId(m);
  if ('rejection' in own) return own.rejection;
  const fields = own.fields;
  const unknown = rejectUnknownFields(m, fields, CITIZEN_FIELDS);
  if (unknown) return unknown;
  if (current?.deleted) return rejected(m.entityId, 'record-deleted');

  let base = current;
  let linkTo: string | undefined;
  if (!base) {
    const province = citizenProvince(fields);
    const idNumber = citizenIdNumber(fields);
    const holder = province && idNumber ? ws.citizenWithIdNumber(province, idNumber) : undefined;
    if (holder) {
      linkTo = holder;
      base = ws.get('citizen', holder);
    }
  }
  const recordId = linkTo ?? targetId;
  const linked = viaAlias || linkTo !== undefined;

  const merged = mergeRecord('citizen', recordId, base, { ...m, fields }, SERVER_OWNED, env);
  const checked = validateCitizen({ ...merged.state.fields, id: recordId });
  if (!checked.ok) return rejectedByRules(m.entityId, checked.errors);
  const { communeCode, provinceCode } = checked.value.address;

  // The user must serve the commune the record is in now (a record they edit) and the one it moves to.
  // A link may reach a citizen registered in another commune of the province: the person has come to
  // this commune, and the merge (later edits win) records that.
  const wasElsewhere = base !== undefined && !linked && !env.communes.has(base.communeCode);
  if (!env.communes.has(communeCode) || wasElsewhere) return rejected(m.entityId, 'forbidden-commune', { communeCode });
  if (env.communes.get(communeCode) !== provinceCode) return rejected(m.entityId, 'address-province-mismatch', { communeCode, provinceCode });

  if (checked.value.citizenId !== undefined) {
    const holder = ws.citizenWithIdNumber(provinceCode, checked.value.citizenId);
    if (holder !== undefined && holder !== recordId) return rejected(m.entityId, 'citizen-id-taken', { citizenId: holder });
  }
  const missing = rejectMissingAttachments(m, fields, ws);
  if (missing) return missing;

  if (merged.changed) ws.put({ ...merged.state, communeCode });
  if (linkTo !== undefined) ws.addLink(m.entityId, linkTo);
  const revision = merged.state.revision;
  return linked ? { status: 'linked', entityId: m.entityId, linkedTo: recordId, revision } : { status: 'applied', entityId: m.entityId, revision };
}

function deleteCitizen(ws: WorkingSet, m: Mutation, current: RecordState | undefined, env: PushEnvironment): Outcome {
  // Created and deleted offline before it was ever sent, or deleted twice: nothing to do.
  if (!current) return { status: 'applied', entityId: m.entityId };
  if (!env.communes.has(current.communeCode)) return rejected(m.entityId, 'forbidden-commune', { communeCode: current.communeCode });
  if (!current.deleted) ws.put(markDeleted(current, env));
  return { status: 'applied', entityId: m.entityId, revision: ws.get('citizen', current.id)?.revision ?? current.revision };
}
