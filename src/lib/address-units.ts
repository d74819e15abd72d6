import type { AdministrativeUnits } from '../domain/address/units';

let units: Promise<AdministrativeUnits> | undefined;

/** Provinces and communes (post-2025), loaded on first use as one small precached chunk. */
export function loadAdministrativeUnits(): Promise<AdministrativeUnits> {
  units ??= import('virtual:address-units').then((m) => m.default as AdministrativeUnits);
  return units;
}
