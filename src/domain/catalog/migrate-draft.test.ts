import { describe, it, expect } from 'vitest';
import { CATALOG } from './catalog-data';
import { migrateDraft } from './migrate-draft';
import type { Draft } from './migrate-draft';
import type { Procedure } from './catalog-types';
import { birthAnswers, catalogWith, procedure } from './catalog-fixtures';

const birth = procedure('1.001193');
const draft = (answers: Draft['answers'] = birthAnswers()): Draft => ({ procedureCode: '1.001193', catalogVersion: CATALOG.version, answers });

function changed(fn: (p: Procedure) => Procedure) {
  return catalogWith('2027.1.1', fn(birth));
}

describe('migrateDraft', () => {
  it('changes nothing between identical catalogs but the version', () => {
    const result = migrateDraft(draft(), CATALOG, { ...CATALOG, version: '2027.1.1' });
    expect(result.changes).toEqual([]);
    expect(result.draft).toEqual({ ...draft(), catalogVersion: '2027.1.1' });
  });

  it('keeps the answer of a removed field as an orphan', () => {
    const next = changed((p) => ({ ...p, fields: p.fields.filter((f) => f.id !== 'birthPlace') }));
    const result = migrateDraft(draft(), CATALOG, next);
    expect(result.changes).toEqual([{ kind: 'fieldRemoved', id: 'birthPlace' }]);
    expect(result.draft.answers).not.toHaveProperty('birthPlace');
    expect(result.draft.orphanedAnswers).toEqual({
      birthPlace: { value: 'Trạm y tế xã Bá Thước', fieldType: 'text', fromVersion: CATALOG.version },
    });
  });

  it('orphans an answer whose field changed type, and reports it removed and added', () => {
    const next = changed((p) => ({
      ...p,
      fields: p.fields.map((f) => (f.id === 'birthPlace' ? { id: f.id, labelKey: f.labelKey, required: true, type: 'choice' as const, options: [] } : f)),
    }));
    const result = migrateDraft(draft(), CATALOG, next);
    expect(result.changes).toEqual([{ kind: 'fieldRemoved', id: 'birthPlace' }, { kind: 'fieldAdded', id: 'birthPlace' }]);
    expect(result.draft.orphanedAnswers?.birthPlace?.value).toBe('Trạm y tế xã Bá Thước');
  });

  it('reports added fields and documents and changed requirements', () => {
    const next = changed((p) => ({
      ...p,
      fields: [...p.fields.map((f) => (f.id === 'birthPlace' ? { ...f, required: false } : f)), { id: 'note', type: 'text' as const, labelKey: 'k', required: false }],
      documents: [...p.documents.filter((d) => d.id !== 'witnessStatement'), { id: 'vaccinationCard', labelKey: 'k', form: 'copy' as const, count: 1, required: true }],
    }));
    expect(migrateDraft(draft(), CATALOG, next).changes).toEqual([
      { kind: 'requiredChanged', id: 'birthPlace' },
      { kind: 'fieldAdded', id: 'note' },
      { kind: 'documentRemoved', id: 'witnessStatement' },
      { kind: 'documentAdded', id: 'vaccinationCard' },
    ]);
  });

  it('brings an orphan back when its field returns with the same type', () => {
    const without = changed((p) => ({ ...p, fields: p.fields.filter((f) => f.id !== 'birthPlace') }));
    const step1 = migrateDraft(draft(), CATALOG, without);
    const step2 = migrateDraft(step1.draft, without, { ...CATALOG, version: '2027.2.1' });
    expect(step2.draft.answers.birthPlace).toBe('Trạm y tế xã Bá Thước');
    expect(step2.draft.orphanedAnswers).toBeUndefined();
  });

  it('never loses a value: every answer ends up answered or orphaned', () => {
    const withStray = draft({ ...birthAnswers(), strayKey: 'giữ lại' });
    const gone = { version: '2027.1.1', procedures: CATALOG.procedures.filter((p) => p.code !== '1.001193') };
    const result = migrateDraft(withStray, CATALOG, gone);
    const kept = { ...result.draft.answers, ...Object.fromEntries(Object.entries(result.draft.orphanedAnswers ?? {}).map(([k, o]) => [k, o.value])) };
    expect(kept).toEqual(withStray.answers);
    expect(result.changes.filter((c) => c.kind === 'fieldRemoved')).toHaveLength(birth.fields.length);
  });

  it('keeps both values when a field is orphaned twice', () => {
    const prior: Draft = { ...draft(), orphanedAnswers: { birthPlace: { value: 42, fieldType: 'number', fromVersion: '2025.1.1' } } };
    const without = changed((p) => ({ ...p, fields: p.fields.filter((f) => f.id !== 'birthPlace') }));
    const orphans = migrateDraft(prior, CATALOG, without).draft.orphanedAnswers;
    expect(orphans?.birthPlace?.value).toBe('Trạm y tế xã Bá Thước');
    expect(orphans?.['birthPlace@2025.1.1']?.value).toBe(42);
  });
});
