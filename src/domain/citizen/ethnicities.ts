// The 54 ethnic groups of Vietnam with the codes of the General Statistics Office list (Decision
// 1019/QĐ-TCTK of 12 Nov 2008, ordered by 1999 population: 01 Kinh … 54 Ơ Đu; the same codes are used
// in the 2019 census). The 1979 list (121-TCTK/PPCĐ) numbers them differently (04 Hoa, 06 Mường …):
// never mix the two. Names live in locales/<lang>/reference.json under `ethnicity.<code>`; the slug
// is only for readers of this file.

const SLUGS = [
  'kinh', 'tay', 'thai', 'muong', 'khmer', 'hoa', 'nung', 'mong', 'dao', 'giaRai',
  'eDe', 'baNa', 'sanChay', 'cham', 'coHo', 'xoDang', 'sanDiu', 'hre', 'raGlai', 'mnong',
  'tho', 'xtieng', 'khoMu', 'bruVanKieu', 'coTu', 'giay', 'taOi', 'ma', 'gieTrieng', 'co',
  'choRo', 'xinhMun', 'haNhi', 'chuRu', 'lao', 'laChi', 'khang', 'phuLa', 'laHu', 'laHa',
  'paThen', 'lu', 'ngai', 'chut', 'loLo', 'mang', 'coLao', 'boY', 'cong', 'siLa',
  'puPeo', 'roMam', 'brau', 'oDu',
] as const;

export type Ethnicity = { code: string; slug: (typeof SLUGS)[number] };

export const ETHNICITIES: readonly Ethnicity[] = SLUGS.map((slug, i) => ({
  code: String(i + 1).padStart(2, '0'),
  slug,
}));

export const ETHNICITY_CODES: readonly string[] = ETHNICITIES.map((e) => e.code);

/** Kinh is the majority; every other code is an ethnic minority (fee exemptions depend on it). */
export const KINH_CODE = '01';

export function isEthnicityCode(code: unknown): code is string {
  return typeof code === 'string' && ETHNICITY_CODES.includes(code);
}

export function isEthnicMinority(code: string): boolean {
  return isEthnicityCode(code) && code !== KINH_CODE;
}

/** i18n key (namespace `reference`) of an ethnic group's name. */
export function ethnicityNameKey(code: string): string {
  return `ethnicity.${code}`;
}
