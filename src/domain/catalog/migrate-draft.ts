import { findProcedure } from './catalog-data';
import type { AnswerValue, Catalog, DocumentRequirement, FormField } from './catalog-types';

// Catalog updates must not strand drafts (../shared/reference/anchors.md, item 8: ODK and Enketo lose
// drafts when a form changes). An answer moves across when its field id and type still match; anything
// else goes to `orphanedAnswers`, shown to the user, never silently dropped. If a later catalog brings
// the field back with the same type, the orphaned answer returns.

export type OrphanedAnswer = { value: AnswerValue; fieldType: string; fromVersion: string };
export type Draft = {
  procedureCode: string;
  catalogVersion: string;
  answers: Readonly<Record<string, AnswerValue>>;
  orphanedAnswers?: Readonly<Record<string, OrphanedAnswer>>;
};
export type DraftChangeKind = 'fieldRemoved' | 'fieldAdded' | 'documentAdded' | 'documentRemoved' | 'requiredChanged';
export type DraftChange = { kind: DraftChangeKind; id: string };

/** A field's type as far as an answer's shape is concerned. */
function shapeOf(field: FormField): string {
  return field.type === 'choice' && field.multiple ? 'choice[]' : field.type;
}

function fits(value: AnswerValue, shape: string): boolean {
  if (value === null) return true;
  if (shape === 'number') return typeof value === 'number';
  if (shape === 'choice[]') return Array.isArray(value);
  return typeof value === 'string';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

function documentChanges(before: readonly DocumentRequirement[], after: readonly DocumentRequirement[]): DraftChange[] {
  const old = byId(before);
  const now = byId(after);
  const changes: DraftChange[] = [];
  for (const id of old.keys()) if (!now.has(id)) changes.push({ kind: 'documentRemoved', id });
  for (const [id, d] of now) {
    const o = old.get(id);
    if (!o) changes.push({ kind: 'documentAdded', id });
    else if (o.required !== d.required || !same(o.when, d.when)) changes.push({ kind: 'requiredChanged', id });
  }
  return changes;
}

export function migrateDraft(draft: Draft, fromCatalog: Catalog, toCatalog: Catalog): { draft: Draft; changes: DraftChange[] } {
  const from = findProcedure(fromCatalog, draft.procedureCode);
  const to = findProcedure(toCatalog, draft.procedureCode);
  const oldFields = byId(from?.fields ?? []);
  const newFields = byId(to?.fields ?? []);
  const changes: DraftChange[] = [];

  for (const [id, f] of oldFields) {
    const n = newFields.get(id);
    if (!n || shapeOf(n) !== shapeOf(f)) changes.push({ kind: 'fieldRemoved', id });
    else if (!same(f.required, n.required)) changes.push({ kind: 'requiredChanged', id });
  }
  for (const [id, n] of newFields) {
    const f = oldFields.get(id);
    if (!f || shapeOf(f) !== shapeOf(n)) changes.push({ kind: 'fieldAdded', id });
  }
  changes.push(...documentChanges(from?.documents ?? [], to?.documents ?? []));

  const answers: Record<string, AnswerValue> = {};
  const orphaned: Record<string, OrphanedAnswer> = {};
  for (const [id, value] of Object.entries(draft.answers)) {
    const oldField = oldFields.get(id);
    const newField = newFields.get(id);
    const oldShape = oldField ? shapeOf(oldField) : 'unknown';
    if (newField && (oldShape === 'unknown' || oldShape === shapeOf(newField)) && fits(value, shapeOf(newField))) answers[id] = value;
    else orphaned[id] = { value, fieldType: oldShape, fromVersion: draft.catalogVersion };
  }
  for (const [id, orphan] of Object.entries(draft.orphanedAnswers ?? {})) {
    const newField = newFields.get(id);
    const restorable = newField && shapeOf(newField) === orphan.fieldType && !(id in answers);
    if (restorable) answers[id] = orphan.value;
    // Two orphans of one field (removed, re-added with another type, removed again): keep both.
    else if (orphaned[id]) orphaned[`${id}@${orphan.fromVersion}`] = orphan;
    else orphaned[id] = orphan;
  }

  const migrated: Draft = { procedureCode: draft.procedureCode, catalogVersion: toCatalog.version, answers };
  return { draft: Object.keys(orphaned).length > 0 ? { ...migrated, orphanedAnswers: orphaned } : migrated, changes };
}
