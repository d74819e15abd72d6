import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { addVillage, listVillages } from '../../db/villages';
import { nextHlc } from '../../db/clock';
import type { AdministrativeUnits } from '../../domain/address/units';
import { loadAdministrativeUnits } from '../../lib/address-units';

export function useAdministrativeUnits(): AdministrativeUnits | undefined {
  const [units, setUnits] = useState<AdministrativeUnits>();
  useEffect(() => {
    void loadAdministrativeUnits().then(setUnits);
  }, []);
  return units;
}

export const useVillages = (communeCode: string) => useLiveQuery(() => (communeCode ? listVillages(getDatabase(), communeCode) : []), [communeCode]);

export async function createVillage(ownerUserId: string, communeCode: string, name: string) {
  const db = getDatabase();
  return addVillage(db, { ownerUserId, communeCode, name, hlc: await nextHlc(db) });
}
