import type { Page } from 'playwright-core';
import { goTo, drawSignature } from './staff';

/** A certificate of marital status for the citizen whose page is open, through the screens staff use; returns the dossier id. */
export async function submitMaritalStatusDossier(page: Page, subjectName: string): Promise<string> {
  const citizenId = new URL(page.url()).pathname.split('/').pop()!;
  await goTo(page, `/dossiers/new?procedure=1.004873&citizen=${citizenId}`);
  await page.getByRole('heading', { name: 'Còn thiếu gì?' }).waitFor();
  const group = (name: string) => page.getByRole('group', { name, exact: true });
  await group('Người được làm thủ tục').getByRole('button', { name: new RegExp(subjectName) }).click();
  await group('Tình trạng hôn nhân hiện nay').getByRole('radio', { name: 'Chưa kết hôn' }).check();
  await group('Xin giấy để làm gì?').getByRole('radio', { name: 'Khác' }).check();
  await page.getByLabel('Ghi rõ mục đích').fill('Vay vốn ngân hàng chính sách');
  await page.getByText('Đã đủ thông tin và giấy tờ.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Xem lại hồ sơ' }).click();
  await page.getByTestId('review').waitFor();
  await page.getByRole('radio', { name: 'Chữ ký' }).check();
  await drawSignature(page);
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.getByText('Đã nộp hồ sơ và lưu trên máy.').waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** "Gửi ngay" on the sync screen, until everything is sent (and what changed on the server has come back). */
export async function syncNow(page: Page): Promise<void> {
  await goTo(page, '/sync');
  await page.getByRole('button', { name: 'Gửi ngay' }).click();
  await page.getByTestId('all-sent').waitFor({ timeout: 60_000 });
}
