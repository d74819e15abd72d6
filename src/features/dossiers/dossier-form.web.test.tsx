import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDatabase } from '../../db/database';
import { saveCitizen } from '../../db/citizens';
import type { DossierDraft } from '../../db/dossier-types';
import { recentDossiers } from '../../db/dossiers';
import { getDraft, saveDraft } from '../../db/drafts';
import { isWorkspaceOpen, setWorkspaceKeys } from '../../db/keyring';
import { generateDataKey, openWorkspaceKeys } from '../../lib/crypto-keys';
import { activateNewestCatalog, saveCatalog } from '../../db/catalog-store';
import { CATALOG } from '../../domain/catalog/catalog-data';
import { catalogWith, procedure } from '../../domain/catalog/catalog-fixtures';
import { validateCitizen } from '../../domain/citizen/citizen-schema';
import { validCitizen } from '../../domain/citizen/citizen-fixtures';
import { todayInVietnam, addDays } from '../../domain/calendar/dates';
import { useRouter } from '../../lib/router';
import { renderPage, TEST_STAFF } from '../../testing/render-page';
import { DossierDraftPage } from './dossier-draft-page';

const CITIZEN_ID = validCitizen().id;
const checklist = () => within(screen.getByTestId('checklist'));
const storedDraft = async (id: string) => (await getDraft(getDatabase(), TEST_STAFF.userId, id))?.data as DossierDraft | undefined;

async function openBirthRegistration(id: string, language = 'vi') {
  await renderPage(<DossierDraftPage params={{ id }} />, { language });
  fireEvent.click(await screen.findByRole('button', { name: /Hà Thị Xuân/ }));
  fireEvent.click(await screen.findByRole('button', { name: language === 'vi' ? 'Đăng ký khai sinh 1.001193' : 'Birth registration 1.001193' }));
  await screen.findByTestId('checklist');
}

describe('a dossier form generated from the catalog', () => {
  beforeAll(async () => {
    // Records and drafts are sealed under the workspace key, in memory once the staff member has unlocked.
    if (!isWorkspaceOpen(TEST_STAFF.userId)) setWorkspaceKeys(TEST_STAFF.userId, await openWorkspaceKeys(generateDataKey()));
  });

  beforeEach(async () => {
    const db = getDatabase();
    await Promise.all(db.tables.map((table) => table.clear()));
    useRouter.setState({ search: '' });
    const citizen = validateCitizen(validCitizen());
    if (!citizen.ok) throw new Error(JSON.stringify(citizen.errors));
    await saveCitizen(db, { ownerUserId: TEST_STAFF.userId, citizen: citizen.value, hlc: '1' });
  });

  it('asks about the father only once he is known, and keeps the answer when he is hidden again', async () => {
    const id = crypto.randomUUID();
    await openBirthRegistration(id);
    expect(screen.queryByRole('group', { name: 'Cha của em bé' })).toBeNull();
    const fatherKnown = screen.getByRole('group', { name: 'Đã biết cha của em bé chưa?' });
    fireEvent.click(within(fatherKnown).getByRole('radio', { name: 'Có' }));
    const father = await screen.findByRole('group', { name: 'Cha của em bé' });
    expect(checklist().getByRole('button', { name: /Điền: Cha của em bé/ })).toBeInTheDocument();
    // A father who is not in the register: just his name.
    fireEvent.click(within(father).getByText('Người này chưa có trong sổ của xã'));
    fireEvent.change(within(father).getByLabelText(/^Họ và tên/), { target: { value: 'Lò Văn Páo' } });
    fireEvent.click(within(father).getByRole('button', { name: 'Ghi người này vào hồ sơ' }));
    await waitFor(() => expect(checklist().queryByRole('button', { name: /Cha của em bé/ })).toBeNull());

    fireEvent.click(within(fatherKnown).getByRole('radio', { name: 'Không' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Cha của em bé' })).toBeNull());
    const draft = await waitFor(async () => {
      const stored = await storedDraft(id);
      expect(stored?.answers.fatherKnown).toBe('no');
      return stored!;
    });
    expect(draft.persons[draft.answers.father as string]).toEqual({ fullName: 'Lò Văn Páo' });
  });

  it('keeps a checklist of what is missing, documents following the answers', async () => {
    const id = crypto.randomUUID();
    await openBirthRegistration(id);
    expect(checklist().getByText('Còn thiếu 10 mục:')).toBeInTheDocument();
    expect(checklist().getByRole('button', { name: 'Điền: Họ và tên em bé' })).toBeInTheDocument();
    // The applicant is the chosen citizen, filled in already.
    expect(checklist().queryByRole('button', { name: /Người đi đăng ký/ })).toBeNull();
    // The ID is shown at the desk: a reminder, never "missing".
    expect(checklist().getByText(/Thẻ căn cước của người đi đăng ký/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/^Họ và tên em bé/), { target: { value: 'Hà Văn Minh' } });
    await waitFor(() => expect(checklist().queryByRole('button', { name: 'Điền: Họ và tên em bé' })).toBeNull());

    fireEvent.click(within(screen.getByRole('group', { name: 'Giấy tờ chứng minh việc sinh' })).getByRole('radio', { name: 'Giấy xác nhận của người làm chứng' }));
    expect(await checklist().findByRole('button', { name: 'Chụp: Giấy xác nhận của người làm chứng' })).toBeInTheDocument();
    expect(checklist().queryByRole('button', { name: 'Chụp: Giấy chứng sinh' })).toBeNull();
    expect(screen.getByTestId('page-input-witnessStatement')).toBeInTheDocument();
    await waitFor(async () => expect((await storedDraft(id))?.answers).toMatchObject({ childName: 'Hà Văn Minh', birthProof: 'witnessStatement', applicant: CITIZEN_ID }));
    expect((await getDatabase().drafts.get(id))?.kind).toBe('dossier');
  });

  it('shows each check next to its field in the user’s language, “required” only once review is asked for', async () => {
    await openBirthRegistration(crypto.randomUUID());
    const name = screen.getByLabelText(/^Họ và tên em bé/);
    expect(name).not.toHaveAttribute('aria-invalid');
    fireEvent.change(name, { target: { value: 'Minh 2' } });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/Tên chỉ gồm chữ cái/));
    const date = screen.getByLabelText(/^Ngày sinh của em bé/);
    fireEvent.change(date, { target: { value: addDays(todayInVietnam(), 90) } });
    await waitFor(() => expect(date).toHaveAccessibleDescription(/Ngày này chưa tới/));
    expect(screen.getByLabelText(/^Tên nơi sinh/)).not.toHaveAttribute('aria-invalid');

    fireEvent.click(screen.getByRole('button', { name: 'Xem lại hồ sơ' }));
    await waitFor(() => expect(screen.getByLabelText(/^Tên nơi sinh/)).toHaveAccessibleDescription(/Mục này bắt buộc/));
    expect(screen.getByText(/Còn thông tin chưa đúng/)).toBeInTheDocument();
  });

  it('speaks English to an English-speaking staff member', async () => {
    await openBirthRegistration(crypto.randomUUID(), 'en');
    expect(screen.getByRole('heading', { name: 'What is missing?' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Baby's full name/), { target: { value: 'Minh 2' } });
    await waitFor(() => expect(screen.getByLabelText(/^Baby's full name/)).toHaveAccessibleDescription(/letters/));
    expect(screen.getByTestId('fee')).toHaveTextContent(/Set by the province|Free/);
  });

  it('submits a complete draft once, with a witness: record, outbox entry, draft gone', async () => {
    const id = crypto.randomUUID();
    const page = { sha256: 'd'.repeat(64), size: 4000, mime: 'image/jpeg' };
    const draft: DossierDraft = {
      id, citizenId: CITIZEN_ID, procedureCode: '1.001193', catalogVersion: CATALOG.version, persons: {},
      answers: {
        applicant: CITIZEN_ID, applicantRelationship: 'mother', childName: 'Hà Văn Minh', childSex: 'male', childBirthDate: addDays(todayInVietnam(), -3),
        birthPlaceType: 'healthFacility', birthPlace: 'Trạm y tế xã Bá Thước', childEthnicity: '03', mother: CITIZEN_ID, fatherKnown: 'no', birthProof: 'birthCertificate',
      },
      documents: { birthCertificate: [page] }, confirmation: { method: '', witnessName: '' },
    };
    await saveDraft(getDatabase(), { id, ownerUserId: TEST_STAFF.userId, kind: 'dossier', data: draft });
    useRouter.setState({ search: '?step=review' });
    await renderPage(<DossierDraftPage params={{ id }} />);
    expect(await screen.findByTestId('review')).toHaveTextContent('Hà Văn Minh');
    const submit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    expect(submit).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: /Người làm chứng/ }));
    fireEvent.change(await screen.findByLabelText(/^Họ tên người làm chứng/), { target: { value: 'Hà Văn Lả' } });
    await waitFor(() => expect(submit).toBeEnabled());
    fireEvent.click(submit);
    await waitFor(async () => expect(await getDatabase().dossiers.count()).toBe(1));
    const [record] = await recentDossiers(getDatabase(), TEST_STAFF.userId);
    expect(record).toMatchObject({ id, status: 'submitted', syncState: 'pending', communeCode: '14923', confirmation: { method: 'witness', witnessName: 'Hà Văn Lả' } });
    expect(record!.localReference).toMatch(/^NHAP-[0-9A-Z]{4}-000001$/);
    expect(await getDatabase().drafts.get(id)).toBeUndefined();
    expect(await storedDraft(id)).toBeUndefined();
    expect(await getDatabase().outbox.where('entityId').equals(id).toArray()).toEqual([expect.objectContaining({ entity: 'dossier', op: 'upsert' })]);
  });

  it('shows exactly what a catalog update changed in an open draft, and keeps the removed answer in view', async () => {
    const id = crypto.randomUUID();
    const birth = procedure('1.001193');
    const draft: DossierDraft = {
      id, citizenId: CITIZEN_ID, procedureCode: '1.001193', catalogVersion: CATALOG.version, persons: {}, documents: {},
      answers: { applicant: CITIZEN_ID, childName: 'Hà Văn Minh', birthPlace: 'Trạm y tế xã Bá Thước' }, confirmation: { method: '', witnessName: '' },
    };
    await saveDraft(getDatabase(), { id, ownerUserId: TEST_STAFF.userId, kind: 'dossier', data: draft });
    // The server's next catalog: no more "place of birth" question, the witness statement now always required.
    await saveCatalog(getDatabase(), catalogWith('2026.12.1', {
      ...birth,
      fields: birth.fields.filter((f) => f.id !== 'birthPlace'),
      documents: birth.documents.map((d) => (d.id === 'witnessStatement' ? { ...d, when: undefined } : d)),
    }), 'server');
    await activateNewestCatalog(getDatabase());

    await renderPage(<DossierDraftPage params={{ id }} />);
    const changes = await screen.findByTestId('catalog-changes');
    expect(changes).toHaveTextContent('Câu hỏi đã bỏ: Tên nơi sinh');
    expect(changes).toHaveTextContent('Đã đổi yêu cầu: Giấy xác nhận của người làm chứng');
    expect(screen.getByText(/2026\.11\.1 lên 2026\.12\.1/)).toBeInTheDocument();
    const kept = screen.getByRole('region', { name: 'Thông tin cũ được giữ lại' });
    expect(kept).toHaveTextContent('Trạm y tế xã Bá Thước');
    expect(screen.queryByLabelText(/^Tên nơi sinh/)).toBeNull();
    expect(checklist().getByRole('button', { name: 'Chụp: Giấy xác nhận của người làm chứng' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã xem các thay đổi' }));
    await waitFor(() => expect(screen.queryByTestId('catalog-changes')).toBeNull());
    expect(screen.getByRole('region', { name: 'Thông tin cũ được giữ lại' })).toBeInTheDocument();
    await waitFor(async () => expect((await storedDraft(id))?.catalogChanges).toBeUndefined());
    expect((await storedDraft(id))?.orphanedAnswers?.birthPlace?.value).toBe('Trạm y tế xã Bá Thước');
  });
});
