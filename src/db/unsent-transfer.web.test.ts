import { describe, expect, it } from 'vitest';
import { validCitizen } from '../domain/citizen/citizen-fixtures';
import { validateCitizen } from '../domain/citizen/citizen-schema';
import { WrongPassphraseError } from '../lib/passphrase-crypto';
import { saveCitizen } from './citizens';
import { CauNoiDatabase } from './database';
import { exportUnsentWork, importUnsentWork } from './unsent-transfer';
import { addVillage } from './villages';
import { getCitizen } from './citizens';
import { openTestWorkspace } from '../testing/workspace-keys';

describe('handing unsent work to another device', () => {
  it('exports records to an encrypted file that another device imports once, whatever the number of tries', async () => {
    await openTestWorkspace('u-field');
    await openTestWorkspace('u-office');
    const field = new CauNoiDatabase(`field-${crypto.randomUUID()}`);
    const office = new CauNoiDatabase(`office-${crypto.randomUUID()}`);
    const parsed = validateCitizen({ ...validCitizen(), photos: {} });
    if (!parsed.ok) throw new Error('fixture');
    await saveCitizen(field, { ownerUserId: 'u-field', citizen: parsed.value, hlc: '1' });
    await addVillage(field, { ownerUserId: 'u-field', communeCode: '14923', name: 'Bản Mới', hlc: '2' });

    const { file, items } = await exportUnsentWork(field, 'u-field', 'ba con bản Hang', 1000);
    expect(items).toBe(2);
    expect(JSON.stringify(file)).not.toContain('Xuân');
    await expect(importUnsentWork(office, 'u-office', file, 'sai mật khẩu')).rejects.toBeInstanceOf(WrongPassphraseError);

    expect(await importUnsentWork(office, 'u-office', file, 'ba con bản Hang')).toEqual({ added: 2, alreadyHere: 0, photos: 0 });
    expect(await importUnsentWork(office, 'u-office', file, 'ba con bản Hang')).toEqual({ added: 0, alreadyHere: 2, photos: 0 });
    const [fieldEntries, officeEntries] = [await field.outbox.toArray(), await office.outbox.toArray()];
    // Queued as the office device's own mutations, remembering where each came from.
    const officeDevice = (await office.meta.get('device'))?.value as { deviceId: string };
    expect(officeEntries.every((e) => e.deviceId === officeDevice.deviceId && e.ownerUserId === 'u-office' && e.state === 'pending')).toBe(true);
    expect(officeEntries.map((e) => e.origin)).toEqual(fieldEntries.map((e) => `${e.deviceId}:${e.mutationId}`));
    expect(officeEntries.map((e) => e.hlc)).toEqual(fieldEntries.map((e) => e.hlc));
    expect((await getCitizen(office, 'u-office', parsed.value.id))?.data.fullName).toBe('Hà Thị Xuân');
    // Sealed under the office user's own key: nothing readable in the stored record.
    expect(JSON.stringify(await office.citizens.toArray())).not.toContain('Xuân');
    expect((await office.villages.toArray())[0]?.name).toBe('Bản Mới');
  });
});
