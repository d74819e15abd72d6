import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/catalog/catalog-data';
import { filterProcedures } from './procedure-search';
import { pictogramNames } from './pictogram';

const names: Record<string, string> = { '1.001193': 'Đăng ký khai sinh', '1.000656': 'Đăng ký khai tử', '1.004222': 'Đăng ký thường trú' };
const textsOf = (p: { code: string }) => [names[p.code] ?? ''];

describe('procedure search', () => {
  it('finds by words typed without tones, in any order, and by code', () => {
    expect(filterProcedures(CATALOG.procedures, 'khai sinh', textsOf).map((p) => p.code)).toEqual(['1.001193']);
    expect(filterProcedures(CATALOG.procedures, 'KHAI dang', textsOf).map((p) => p.code)).toEqual(['1.001193', '1.000656']);
    expect(filterProcedures(CATALOG.procedures, 'thường trú', textsOf).map((p) => p.code)).toEqual(['1.004222']);
    expect(filterProcedures(CATALOG.procedures, '1.000656', textsOf).map((p) => p.code)).toEqual(['1.000656']);
  });

  it('lists everything for an empty query', () => {
    expect(filterProcedures(CATALOG.procedures, '  ', textsOf)).toHaveLength(CATALOG.procedures.length);
  });

  it('has a pictogram for every procedure of the catalog', () => {
    expect(CATALOG.procedures.map((p) => p.pictogram).filter((name) => !pictogramNames.includes(name))).toEqual([]);
  });
});
