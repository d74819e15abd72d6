import { useEffect, useState } from 'react';
import type { AdministrativeUnits } from '../../domain/address/units';
import { loadAdministrativeUnits } from '../../lib/address-units';
import { useVillageName } from './use-dossiers';

/** Village, commune and province names of an address, for the receipt (units load lazily, once). */
export function usePlaceNames(address: { provinceCode: string; communeCode: string; villageId?: string } | undefined) {
  const [units, setUnits] = useState<AdministrativeUnits>();
  useEffect(() => {
    void loadAdministrativeUnits().then(setUnits);
  }, []);
  const village = useVillageName(address?.communeCode, address?.villageId);
  return {
    village,
    commune: units?.communes.find((c) => c.code === address?.communeCode)?.name,
    province: units?.provinces.find((p) => p.code === address?.provinceCode)?.name,
  };
}
