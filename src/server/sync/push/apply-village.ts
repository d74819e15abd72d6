import { z } from 'zod';
import { validateWith } from '../../../domain/validation/field-errors';
import type { Mutation } from '../../../shared/protocol';
import { markDeleted, mergeRecord } from './merge-record';
import { fieldsWithoutId, rejectUnknownFields } from './mutation-checks';
import { rejected, rejectedByRules, type Outcome } from './outcome';
import type { PushEnvironment } from './push-environment';
import type { WorkingSet } from './working-set';

const VILLAGE_FIELDS: ReadonlySet<string> = new Set(['communeCode', 'name']);

// The same rules as POST /villages: NFC so that one name typed on two keyboards is one string
// (shared/reference/administrative-units.md).
const villageSchema = z.object({
  communeCode: z.string().regex(/^\d{5}$/, { error: 'address.communeInvalid' }),
  name: z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1).max(100)),
});

/** Villages (thôn, bản) are added by staff offline and sync like any record, within the user's communes. */
export function applyVillage(ws: WorkingSet, m: Mutation, env: PushEnvironment): Outcome {
  const current = ws.get('village', m.entityId);
  if (current && !env.communes.has(current.communeCode)) return rejected(m.entityId, 'forbidden-commune', { communeCode: current.communeCode });
  if (m.op === 'delete') {
    if (!current) return { status: 'applied', entityId: m.entityId };
    if (!current.deleted) ws.put(markDeleted(current, env));
    return { status: 'applied', entityId: m.entityId, revision: ws.get('village', m.entityId)?.revision ?? current.revision };
  }

  const own = fieldsWithoutId(m);
  if ('rejection' in own) return own.rejection;
  const unknown = rejectUnknownFields(m, own.fields, VILLAGE_FIELDS);
  if (unknown) return unknown;
  if (current?.deleted) return rejected(m.entityId, 'record-deleted');

  // A village stays in the commune it was created in: a different commune is another village.
  const merged = mergeRecord('village', m.entityId, current, { ...m, fields: own.fields }, current ? ['communeCode'] : [], env);
  const checked = validateWith(villageSchema, merged.state.fields);
  if (!checked.ok) return rejectedByRules(m.entityId, checked.errors);
  if (!env.communes.has(checked.value.communeCode)) {
    return rejected(m.entityId, 'forbidden-commune', { communeCode: checked.value.communeCode });
  }
  if (merged.changed) {
    ws.put({ ...merged.state, fields: { ...merged.state.fields, name: checked.value.name }, communeCode: checked.value.communeCode });
  }
  return { status: 'applied', entityId: m.entityId, revision: merged.state.revision };
}
