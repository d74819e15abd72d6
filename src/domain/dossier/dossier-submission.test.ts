import { describe, expect, it } from 'vitest';
import { validateWith } from '../validation/field-errors';
import { dossierSubmissionSchema, type DossierSubmission } from './dossier-submission';

const page = { sha256: 'a'.repeat(64), size: 2048, mime: 'image/jpeg' };
const valid = (): DossierSubmission => ({
  citizenId: '11111111-1111-4111-8111-111111111111', procedureCode: '1.001193', catalogVersion: '2026.11.1', communeCode: '14923',
  answers: { childName: 'Hà Văn Minh', father: '22222222-2222-4222-8222-222222222222' },
  persons: { '22222222-2222-4222-8222-222222222222': { fullName: 'Lò Văn Páo' } },
  documents: { birthCertificate: [page, { ...page, sha256: 'b'.repeat(64) }] },
  confirmation: { method: 'signature', signatureImage: { ...page, mime: 'image/png' }, confirmedAt: '2026-11-26T09:10:00.000Z' },
  fee: { amount: 0, exemptionKey: 'onTime', verified: true },
  localReference: 'NHAP-7K2Q-000042', submittedAt: '2026-11-26T09:10:00.000Z', resultDue: { date: '2026-11-26', estimate: true },
});

describe('dossier submission', () => {
  it('accepts what the app sends', () => {
    expect(validateWith(dossierSubmissionSchema, valid()).ok).toBe(true);
    expect(validateWith(dossierSubmissionSchema, { ...valid(), confirmation: { method: 'witness', witnessName: 'Hà Văn Lả', confirmedAt: '2026-11-26T09:10:00Z' } }).ok).toBe(true);
  });

  it('refuses an official-looking reference, a signature without its image, a document without pages', () => {
    const paths = (input: unknown) => {
      const result = validateWith(dossierSubmissionSchema, input);
      return result.ok ? [] : result.errors.map((e) => e.path);
    };
    expect(paths({ ...valid(), localReference: '000.00.14.H56-200203-0118' })).toEqual(['localReference']);
    expect(paths({ ...valid(), confirmation: { method: 'thumbprint', confirmedAt: '2026-11-26T09:10:00Z' } })).toEqual(['confirmation.signatureImage']);
    expect(paths({ ...valid(), documents: { birthCertificate: [] } })).toEqual(['documents.birthCertificate']);
    expect(paths({ ...valid(), persons: { x: { fullName: 'A' } } }).length).toBeGreaterThan(0);
  });
});
