import { describe, expect, it } from 'vitest';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen, type Citizen } from '../domain/citizen/citizen-schema';
import { getCitizen, saveCitizen, searchCitizens } from '../db/citizens';
import { CauNoiDatabase } from '../db/database';
import { readCursor } from '../db/sync-state';
import { openTestWorkspace } from '../testing/workspace-keys';
import { applyServerChanges } from './apply-server-changes';
import type { PulledChange } from './protocol-client';

const USER = 'pull-search-user';

const person = (fullName: string, n: number): Citizen => {
  const result = validateCitizen({ ...validCitizen(), id: crypto.randomUUID(), photos: {}, fullName, sex: 'male', birthDate: '1990-05-01', citizenId: `038090${String(n).padStart(6, '0')}`, phone: `0912${String(n).padStart(6, '0')}` });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

const pulled = ({ id, ...fields }: Citizen, seq: number): PulledChange => ({ entity: 'citizen', entityId: id, revision: 2, seq, deleted: false, fields: { ...fields }, fieldClocks: {} });

describe('pulled citizens', () => {
  it('are found by a prefix of a token never seen on this device, and by their pairs', async () => {
    const db = new CauNoiDatabase(`pull-search-${crypto.randomUUID()}`);
    await openTestWorkspace(USER);
    const people = [person('Sùng Thị Dợ', 1), person('Sùng A Páo', 2), person('Vàng Thị Dợ', 3)];
    await applyServerChanges(db, USER, people.map(pulled), '3');
    const names = async (query: string) => (await searchCitizens(db, USER, query)).map((c) => c.data.fullName).sort();
    expect(await names('sun')).toEqual(['Sùng A Páo', 'Sùng Thị Dợ']);
    expect(await names('do sung')).toEqual(['Sùng Thị Dợ']);
    expect(await names('thi d')).toEqual(['Sùng Thị Dợ', 'Vàng Thị Dợ']);
    expect(await readCursor(db, USER)).toBe('3');
  });

  it('already stored here are merged, not replaced, in the same page as new ones (an unsent local edit stays)', async () => {
    const db = new CauNoiDatabase(`pull-merge-${crypto.randomUUID()}`);
    await openTestWorkspace(USER);
    const mine = person('Giàng A Chứ', 4);
    await saveCitizen(db, { ownerUserId: USER, citizen: mine, hlc: '1' });
    await db.outbox.toCollection().modify({ state: 'done' }); // the server has it
    await saveCitizen(db, { ownerUserId: USER, citizen: { ...mine, phone: '0987654321' }, hlc: '2' }); // unsent
    const newcomer = person('Giàng Thị Mỷ', 5);
    await applyServerChanges(db, USER, [pulled(newcomer, 1), pulled({ ...mine, fullName: 'Giàng A Chứ Lềnh' }, 2)], '2');
    const merged = (await getCitizen(db, USER, mine.id))!;
    expect(merged.data.phone).toBe('0987654321');
    expect(merged.data.fullName).toBe('Giàng A Chứ Lềnh');
    expect(merged.revision).toBe(2);
    expect((await getCitizen(db, USER, newcomer.id))!.syncState).toBe('sent');
    expect((await searchCitizens(db, USER, 'giang lenh')).map((c) => c.id)).toEqual([mine.id]);
    expect(await readCursor(db, USER)).toBe('2');
  });
});
