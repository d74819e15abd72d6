import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { drawSignature, goTo, makeJpeg } from './staff';

export type CitizenFormInput = { fullName: string; birthDate: string; sex: 'Nữ' | 'Nam'; ethnicity: string; citizenId: string; phone?: string };

/** Fills and saves the registration form as staff do, with three photos and a drawn signature. */
export async function registerCitizenThroughUi(page: Page, person: CitizenFormInput, photos?: Buffer[]): Promise<void> {
  const images = photos ?? (await Promise.all(['MẶT TRƯỚC', 'MẶT SAU', 'CHÂN DUNG'].map((label) => makeJpeg(page, label))));
  await goTo(page, '/citizens/new');
  await page.getByLabel('Họ và tên').fill(person.fullName);
  await page.getByLabel('Ngày sinh').fill(person.birthDate);
  await page.getByRole('radio', { name: person.sex, exact: true }).check();
  await page.getByLabel('Dân tộc').selectOption({ label: person.ethnicity });
  await page.getByLabel('Số định danh cá nhân (CCCD, 12 số)').fill(person.citizenId);
  if (person.phone) {
    await page.getByLabel('Số điện thoại').fill(person.phone);
    await page.getByLabel('Số điện thoại này của ai?').selectOption('own');
  }
  await expect.poll(() => page.getByLabel('Tỉnh/Thành phố').inputValue()).toBe('38');
  await page.getByLabel('Thôn/Bản').selectOption({ label: 'Thôn 1' });
  for (const [slot, bytes] of [['idFront', images[0]!], ['idBack', images[1]!], ['portrait', images[2]!]] as const) {
    await page.getByTestId(`photo-input-${slot}`).setInputFiles({ name: `${slot}.jpg`, mimeType: 'image/jpeg', buffer: bytes });
  }
  await expect.poll(() => page.locator('img.photo-preview').count(), { timeout: 30_000 }).toBe(3);
  for (const group of await page.locator('fieldset', { has: page.getByRole('radio', { name: 'Đồng ý', exact: true }) }).all()) {
    await group.getByRole('radio', { name: 'Đồng ý', exact: true }).check();
  }
  await page.getByRole('checkbox', { name: 'Cán bộ đọc to' }).check();
  await page.getByRole('radio', { name: 'Chữ ký' }).check();
  await drawSignature(page);
  await page.getByRole('button', { name: 'Lưu người dân' }).click();
  await page.getByText('Đã lưu trên máy.').waitFor();
}
