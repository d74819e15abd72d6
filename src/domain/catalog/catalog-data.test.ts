import { describe, it, expect } from 'vitest';
import { CATALOG, CATALOG_VERSION, findProcedure } from './catalog-data';

// The twelve rows of ../shared/reference/procedures.md, with the figures kept as data.

describe('catalog data', () => {
  it('has every procedure of the reference once', () => {
    const codes = CATALOG.procedures.map((p) => p.code);
    expect(codes.sort()).toEqual(
      ['1.001193', '1.001193.02', '1.000656', '1.000894', '1.004873', '1.004884', '1.004859', '1.004222', '1.004194', '1.001776', '1.001699', '1.011607'].sort(),
    );
    expect(CATALOG.version).toBe(CATALOG_VERSION);
    expect(CATALOG_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('keeps the reference figures', () => {
    expect(findProcedure(CATALOG, '1.004222')?.fee.amounts).toEqual({ inPerson: 20_000, online: 10_000 });
    expect(findProcedure(CATALOG, '1.004194')?.fee.amounts).toEqual({ inPerson: 15_000, online: 7_000 });
    expect(findProcedure(CATALOG, '1.004222')?.processing).toEqual({ workingDays: 7, verified: false });
    expect(findProcedure(CATALOG, '1.004873')?.processing).toEqual({ workingDays: 3, verified: false });
    expect(findProcedure(CATALOG, '1.001193')?.processing.workingDays).toBe(0);
    expect(findProcedure(CATALOG, '1.000894')?.processing).toMatchObject({ workingDays: 0, extendedWorkingDays: 5 });
    expect(findProcedure(CATALOG, '1.004222')?.resultAt).toBe('communePolice');
  });

  it('marks procedures whose code or figures are UNVERIFIED', () => {
    for (const code of ['1.001193.02', '1.011607', '1.004222', '1.004194', '1.004873']) {
      expect(findProcedure(CATALOG, code)?.verified, code).toBe(false);
    }
  });

  it('has unique field and document ids, and conditions that name existing fields', () => {
    for (const p of CATALOG.procedures) {
      const ids = p.fields.map((f) => f.id);
      expect(new Set(ids).size, p.code).toBe(ids.length);
      expect(new Set(p.documents.map((d) => d.id)).size, p.code).toBe(p.documents.length);
      const referenced = JSON.stringify([p.fields, p.documents, p.fee]).matchAll(/"field":"([^"]+)"/g);
      for (const [, id] of referenced) expect(ids, `${p.code} → ${id}`).toContain(id);
      for (const f of p.fields) if (f.type === 'personRef') for (const other of f.differentFrom ?? []) expect(ids).toContain(other);
      expect(p.handlingLevel).toBe('commune');
      expect(p.i18nKey).toBe(`procedure.${p.code.replaceAll('.', '_')}`);
    }
  });
});
