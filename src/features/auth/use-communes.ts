import { useEffect, useState } from 'react';
import type { AdministrativeUnits } from '../../domain/address/units';
import { loadAdministrativeUnits } from '../../lib/address-units';

/** Provinces and communes, bundled with the app: choosing one's commune needs no network. */
export function useAdministrativeUnits(): AdministrativeUnits | undefined {
  const [units, setUnits] = useState<AdministrativeUnits>();
  useEffect(() => {
    void loadAdministrativeUnits().then(setUnits);
  }, []);
  return units;
}
