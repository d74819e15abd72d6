import { describe, expect, it } from 'vitest';
import { CATALOG } from '../domain/catalog/catalog-data';
import { birthAnswers, catalogWith, procedure } from '../domain/catalog/catalog-fixtures';
import type { Procedure } from '../domain/catalog/catalog-types';
import { migrateDossierDraft } from './dossier-draft-migration';
import type { DossierDraft } from './dossier-types';

const birth = procedure('1.001193');
const page = (n: number) => ({ sha256: String(n).repeat(64).slice(0, 64), size: 1000 + n, mime: 'image/jpeg' });
const NOW = new Date('2026-12-01T03:00:00Z');

const draft = (): DossierDraft => ({
  id: 'd1', citizenId: 'c1', procedureCode: '1.001193', catalogVersion: CATALOG.version,
  answers: birthAnswers(), persons: {}, documents: { birthCertificate: [page(1), page(2)] },
  confirmation: { method: '', witnessName: '' },
});

/** Version 2 of the catalog: birthPlace dropped, a vaccination card required, the witness statement gone. */
const v2 = catalogWith('2027.1.1', {
  ...birth,
  fields: birth.fields.filter((f) => f.id !== 'birthPlace'),
  documents: [
    ...birth.documents.filter((d) => d.id !== 'birthCertificate'),
    { id: 'vaccinationCard', labelKey: 'procedure.1_001193.documents.vaccinationCard.label', form: 'copy', count: 1, required: true },
  ],
} satisfies Procedure);

describe('migrateDossierDraft', () => {
  it('only moves the version when nothing the draft uses changed', () => {
    const next = { ...CATALOG, version: '2027.1.1' };
    expect(migrateDossierDraft(draft(), CATALOG, next, NOW)).toEqual({ ...draft(), catalogVersion: '2027.1.1' });
  });

  it('records what changed, keeps the removed answer and the pages of a removed document', () => {
    const moved = migrateDossierDraft(draft(), CATALOG, v2, NOW);
    expect(moved.catalogVersion).toBe('2027.1.1');
    expect(moved.answers).not.toHaveProperty('birthPlace');
    expect(moved.orphanedAnswers?.birthPlace).toEqual({ value: 'Trạm y tế xã Bá Thước', fieldType: 'text', fromVersion: CATALOG.version });
    expect(moved.documents).toEqual({});
    expect(moved.orphanedDocuments?.birthCertificate).toEqual({
      labelKey: 'procedure.1_001193.documents.birthCertificate.label', pages: [page(1), page(2)], fromVersion: CATALOG.version,
    });
    expect(moved.catalogChanges).toEqual([{
      fromVersion: CATALOG.version, toVersion: '2027.1.1', at: NOW.toISOString(), procedureRemoved: false,
      changes: [
        { kind: 'fieldRemoved', id: 'birthPlace', labelKey: 'procedure.1_001193.fields.birthPlace.label' },
        { kind: 'documentRemoved', id: 'birthCertificate', labelKey: 'procedure.1_001193.documents.birthCertificate.label' },
        { kind: 'documentAdded', id: 'vaccinationCard', labelKey: 'procedure.1_001193.documents.vaccinationCard.label' },
      ],
    }]);
  });

  it('brings answers and pages back when a later version restores them, and keeps the history of notices', () => {
    const there = migrateDossierDraft(draft(), CATALOG, v2, NOW);
    const back = migrateDossierDraft(there, v2, { ...CATALOG, version: '2027.2.1' }, NOW);
    expect(back.answers.birthPlace).toBe('Trạm y tế xã Bá Thước');
    expect(back.orphanedAnswers).toBeUndefined();
    expect(back.documents.birthCertificate).toEqual([page(1), page(2)]);
    expect(back.orphanedDocuments).toBeUndefined();
    expect(back.catalogChanges?.map((n) => n.toVersion)).toEqual(['2027.1.1', '2027.2.1']);
  });

  it('keeps every answer visible when the procedure leaves the catalog', () => {
    const gone = { version: '2027.1.1', procedures: CATALOG.procedures.filter((p) => p.code !== '1.001193') };
    const moved = migrateDossierDraft(draft(), CATALOG, gone, NOW);
    expect(moved.catalogChanges?.[0]?.procedureRemoved).toBe(true);
    expect(Object.keys(moved.orphanedAnswers ?? {}).sort()).toEqual(Object.keys(birthAnswers()).sort());
    expect(moved.orphanedDocuments?.birthCertificate?.pages).toHaveLength(2);
  });

  it('moves a draft without a procedure yet by its version only', () => {
    const empty = { ...draft(), procedureCode: '', answers: {}, documents: {} };
    expect(migrateDossierDraft(empty, CATALOG, v2, NOW)).toEqual({ ...empty, catalogVersion: '2027.1.1' });
  });
});
