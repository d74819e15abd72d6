import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDatabase } from '../../db/database';
import { getCitizen, saveCitizen } from '../../db/citizens';
import { getDraft } from '../../db/drafts';
import { openTestWorkspace } from '../../testing/workspace-keys';
import { validateCitizen } from '../../domain/citizen/citizen-schema';
import { validCitizen } from '../../domain/citizen/citizen-fixtures';
import { renderPage, TEST_STAFF } from '../../testing/render-page';
import { RegistrationPage } from './registration-page';

const draftId = () => crypto.randomUUID();
const VILLAGE_ID = '0b7e4d1a-5c3f-4a2b-9d8e-7f6a5b4c3d2e';
const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function fillValidPerson() {
  await screen.findByLabelText('Họ và tên', { exact: false });
  type(/^Họ và tên/, 'Hà Thị Xuân');
  type(/^Ngày sinh/, '1995-03-08');
  fireEvent.click(screen.getByRole('radio', { name: 'Nữ' }));
  await waitFor(() => expect(screen.getByRole('option', { name: 'Thái' })).toBeInTheDocument());
  type(/^Dân tộc/, '03');
  type(/^Số định danh cá nhân/, '038195012345');
  await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>(/^Tỉnh\/Thành phố/).value).toBe('38'));
  await waitFor(() => expect(screen.getByRole('option', { name: 'Thôn 1' })).toBeInTheDocument());
  type(/^Thôn\/Bản/, VILLAGE_ID);
}

function acceptAllPurposes() {
  for (const radio of screen.getAllByRole('radio', { name: 'Đồng ý' })) fireEvent.click(radio);
  fireEvent.click(screen.getByRole('checkbox', { name: 'Cán bộ đọc to' }));
  fireEvent.click(screen.getByRole('radio', { name: /Người làm chứng/ }));
  type(/^Họ tên người làm chứng/, 'Hà Văn Lả');
}

describe('citizen registration form', () => {
  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.villages.put({ id: VILLAGE_ID, communeCode: '14923', name: 'Thôn 1' });
    await openTestWorkspace(TEST_STAFF.userId);
  });

  it('shows each error next to its field, in Vietnamese', async () => {
    await renderPage(<RegistrationPage params={{ draftId: draftId() }} />);
    await screen.findByLabelText(/^Họ và tên/);
    type(/^Số định danh cá nhân/, '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
    const name = await screen.findByLabelText(/^Họ và tên/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Mục này chưa được điền/);
    expect(screen.getByLabelText(/^Số định danh cá nhân/)).toHaveAccessibleDescription(/đúng 12 chữ số/);
    expect(screen.getByText(/chỗ cần sửa/)).toBeInTheDocument();
  });

  it('shows the same errors in English', async () => {
    await renderPage(<RegistrationPage params={{ draftId: draftId() }} />, { language: 'en' });
    await screen.findByLabelText(/^Full name/);
    type(/^Personal ID number/, '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Save citizen' }));
    await waitFor(() => expect(screen.getByLabelText(/^Full name/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText(/^Personal ID number/)).toHaveAccessibleDescription(/12 digits/);
    expect(document.body.textContent).not.toMatch(/Mục này/);
  });

  it('autosaves every change to the staff member’s drafts', async () => {
    const id = draftId();
    const { unmount } = await renderPage(<RegistrationPage params={{ draftId: id }} />);
    await screen.findByLabelText(/^Họ và tên/);
    type(/^Họ và tên/, 'Lò Thị Mai');
    await waitFor(async () => expect((await getDraft(getDatabase(), TEST_STAFF.userId, id))?.data).toMatchObject({ fullName: 'Lò Thị Mai' }));
    // Sealed at rest: the typed name is not in the stored draft.
    expect(JSON.stringify(await getDatabase().drafts.get(id))).not.toContain('Mai');
    unmount();
    // Coming back days later resumes the same draft.
    await renderPage(<RegistrationPage params={{ draftId: id }} />);
    expect(await screen.findByDisplayValue('Lò Thị Mai')).toBeInTheDocument();
  });

  it('records consent per purpose with the notice language, mode, method and witness', async () => {
    const id = draftId();
    await renderPage(<RegistrationPage params={{ draftId: id }} />);
    await fillValidPerson();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
    expect(await screen.findByText(/Còn 2 chỗ cần sửa/)).toBeInTheDocument();
    // How the notice was given, and how the person confirmed, must be recorded.
    expect(screen.getByRole('group', { name: 'Đã giải thích cho người dân bằng cách nào?' })).toHaveTextContent(/ít nhất 1 mục/);
    expect(screen.getByRole('group', { name: 'Người dân xác nhận bằng' })).toHaveAccessibleDescription(/chưa được điền/);

    acceptAllPurposes();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
    await waitFor(async () => expect(await getDatabase().citizens.count()).toBe(1));
    const [stored] = await getDatabase().citizens.toArray();
    const record = await getCitizen(getDatabase(), TEST_STAFF.userId, stored!.id);
    expect(record!.data.consent).toMatchObject({
      noticeLanguage: 'vi', noticeModes: ['readAloud'], method: 'witness', witnessName: 'Hà Văn Lả', staffUserId: TEST_STAFF.userId,
    });
    expect(record!.data.consent.purposes.every((p) => p.decision === 'accepted')).toBe(true);
    // The draft is gone and the outbox holds exactly one mutation for it, written in the same transaction.
    expect(await getDatabase().drafts.get(id)).toBeUndefined();
    expect(await getDatabase().outbox.where('entityId').equals(record!.id).count()).toBe(1);
  });

  it('survives a full device: says so, keeps the draft, and writes nothing half', async () => {
    const id = draftId();
    await renderPage(<RegistrationPage params={{ draftId: id }} />);
    await fillValidPerson();
    acceptAllPurposes();
    // Injected fault: the browser refuses the write as it does when storage is full.
    const table = getDatabase().citizens;
    const put = vi.spyOn(table, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
      expect(await screen.findByText(/Máy đã hết bộ nhớ nên chưa lưu được/)).toBeInTheDocument();
    } finally {
      put.mockRestore();
    }
    expect(await getDatabase().citizens.count()).toBe(0);
    expect(await getDatabase().outbox.count()).toBe(0);
    expect((await getDraft(getDatabase(), TEST_STAFF.userId, id))?.data).toMatchObject({ fullName: 'Hà Thị Xuân' });
    // Space freed: the same button saves it.
    fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
    await waitFor(async () => expect(await getDatabase().citizens.count()).toBe(1));
  });

  it('warns about a likely duplicate and shows both side by side', async () => {
    const existing = validateCitizen({ ...validCitizen(), id: crypto.randomUUID(), photos: {}, fullName: 'Hà Thị Xuân' });
    if (!existing.ok) throw new Error(JSON.stringify(existing.errors));
    await saveCitizen(getDatabase(), { ownerUserId: TEST_STAFF.userId, citizen: existing.value, hlc: '1' });

    await renderPage(<RegistrationPage params={{ draftId: draftId() }} />);
    await fillValidPerson();
    acceptAllPurposes();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu người dân' }));
    const panels = await screen.findAllByTestId('duplicate');
    expect(panels).toHaveLength(1);
    expect(within(panels[0]!).getByText('Trùng số định danh', { exact: false })).toBeInTheDocument();
    expect(within(panels[0]!).getAllByText('Hà Thị Xuân')).toHaveLength(2);
    expect(within(panels[0]!).getByRole('link', { name: 'Mở hồ sơ đã có' })).toHaveAttribute('href', `/citizens/${existing.value.id}`);
    expect(await getDatabase().citizens.count()).toBe(1);
  });
});
