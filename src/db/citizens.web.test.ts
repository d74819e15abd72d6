import { describe, expect, it } from 'vitest';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen, type Citizen } from '../domain/citizen/citizen-schema';
import { openTestWorkspace } from '../testing/workspace-keys';
import { saveCitizen, searchCitizens } from './citizens';
import { CauNoiDatabase } from './database';

const person = (fullName: string, citizenId: string, phone: string): Citizen => {
  const result = validateCitizen({ ...validCitizen(), id: crypto.randomUUID(), photos: {}, fullName, citizenId, phone, sex: 'male', birthDate: '1990-05-01' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('searching citizens through blind indexes', () => {
  it('finds people by diacritic-free name prefixes, ID number and phone, only in the own workspace', async () => {
    const db = new CauNoiDatabase(`search-${crypto.randomUUID()}`);
    await openTestWorkspace('u1');
    await openTestWorkspace('u2');
    const an = person('Nguyễn Văn An', '038090000001', '0912000001');
    const anh = person('Nguyễn Văn Anh', '038090000002', '0912000002');
    const binh = person('Lò Văn Bình', '038090000003', '0912000003');
    for (const c of [an, anh, binh]) await saveCitizen(db, { ownerUserId: 'u1', citizen: c, hlc: '1' });
    await saveCitizen(db, { ownerUserId: 'u2', citizen: person('Nguyễn Văn An', '038090000009', '0912000009'), hlc: '1' });

    const names = async (query: string) => (await searchCitizens(db, 'u1', query)).map((c) => c.data.fullName).sort();
    expect(await names('nguyen van an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await names('ngu an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await names('nguyen v anh')).toEqual(['Nguyễn Văn Anh']);
    expect(await names('l binh')).toEqual(['Lò Văn Bình']);
    expect(await names('v')).toEqual(['Lò Văn Bình', 'Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await names('038090000003')).toEqual(['Lò Văn Bình']);
    expect(await names('0912 000 002')).toEqual(['Nguyễn Văn Anh']);
    expect(await names('038090000009')).toEqual([]); // another staff member's citizen
    expect(await names('tran')).toEqual([]);
  });
});
