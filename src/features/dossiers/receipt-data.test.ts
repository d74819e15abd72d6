import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/catalog/catalog-data';
import { birthAnswers, PERSON_A, procedure } from '../../domain/catalog/catalog-fixtures';
import type { DossierView } from '../../db/dossier-types';
import { buildReceipt, type ReceiptInput } from './receipt-data';

const page = (n: number) => ({ sha256: String(n).repeat(64), size: 100 * n, mime: 'image/jpeg' });
const dossier: DossierView = {
  key: 'u1:d1', id: 'd1', ownerUserId: 'u1', revision: 0, syncState: 'pending', createdAt: '', updatedAt: '',
  citizenId: PERSON_A, procedureCode: '1.001193', catalogVersion: CATALOG.version, communeCode: '14923',
  answers: birthAnswers(), persons: {}, documents: { birthCertificate: [page(1), page(2)] },
  confirmation: { method: 'signature', signatureImage: page(3), confirmedAt: '2026-11-26T09:10:00.000Z' },
  fee: { amount: 0, exemptionKey: 'onTime', verified: true },
  localReference: 'NHAP-7K2Q-000042', status: 'submitted', submittedAt: '2026-11-26T09:10:00.000Z',
  resultDue: { date: '2026-11-27', estimate: true },
};
const input: ReceiptInput = {
  dossier, procedure: procedure('1.001193'), applicant: { fullName: 'Hà Thị Xuân', phone: '0912345678' },
  place: { village: 'Thôn 1', commune: 'Xã Bá Thước', province: 'Thanh Hóa' }, agencyName: 'Xã Bá Thước', staffName: 'Cán bộ xã Bá Thước',
};

describe('buildReceipt', () => {
  it('lists what form 01 needs, with the local reference until there is an official code', () => {
    const receipt = buildReceipt(input);
    expect(receipt.reference).toEqual({ main: 'NHAP-7K2Q-000042', official: false, local: 'NHAP-7K2Q-000042' });
    expect(receipt.qrText).toBe('NHAP-7K2Q-000042');
    expect(receipt.applicant).toEqual({ fullName: 'Hà Thị Xuân', address: 'Thôn 1, Xã Bá Thước, Thanh Hóa', phone: '0912345678' });
    // 16:10 in Vietnam: the date and time the office counts from.
    expect(receipt.received).toEqual({ date: '2026-11-26', time: '16:10' });
    expect(receipt.documents).toEqual([
      { id: 'requestForm', labelKey: 'procedure.1_001193.documents.requestForm.label', form: 'original', sets: 1, pages: 0, generated: true },
      { id: 'birthCertificate', labelKey: 'procedure.1_001193.documents.birthCertificate.label', form: 'original', sets: 1, pages: 2, generated: false },
    ]);
    expect(receipt.shown.map((d) => d.id)).toEqual(['applicantId', 'parentsMarriageCertificate']);
    expect(receipt).toMatchObject({ resultAt: 'communeOneStop', resultDue: { date: '2026-11-27', estimate: true }, processing: { workingDays: 0 } });
  });

  it('shows the official code once sync has set it, the local reference kept in small print', () => {
    const receipt = buildReceipt({ ...input, dossier: { ...dossier, officialCode: '000.00.14.H56-261126-0007' } });
    expect(receipt.reference).toEqual({ main: '000.00.14.H56-261126-0007', official: true, local: 'NHAP-7K2Q-000042' });
    expect(receipt.qrText).toBe('000.00.14.H56-261126-0007');
  });

  it('puts the signed receipt in the QR code once the server has signed it', () => {
    const signed = '{"v":1,"kind":"receipt","code":"000.00.14.H56-261126-0007","sig":"x"}';
    const receipt = buildReceipt({ ...input, dossier: { ...dossier, officialCode: '000.00.14.H56-261126-0007', serverFields: { signedReceipt: signed } } });
    expect(receipt.qrText).toBe(signed);
    expect(receipt.reference.main).toBe('000.00.14.H56-261126-0007');
  });

  it('still lists received pages when the catalog no longer knows the procedure', () => {
    const receipt = buildReceipt({ ...input, procedure: undefined, place: {} });
    expect(receipt.documents).toEqual([{ id: 'birthCertificate', labelKey: 'birthCertificate', form: 'copy', sets: 1, pages: 2, generated: false }]);
    expect(receipt.applicant.address).toBe('');
    expect(receipt.processing).toBeNull();
  });
});
