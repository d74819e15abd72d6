import { describe, it, expect } from 'vitest';
import { missingItems } from './missing-items';
import { birthAnswers, procedure, TODAY } from './catalog-fixtures';

const birth = procedure('1.001193');

describe('missingItems', () => {
  it('lists the documents still to photograph and those to bring to the desk', () => {
    expect(missingItems(birth, birthAnswers(), {}, { today: TODAY })).toEqual([
      { kind: 'document', id: 'birthCertificate', labelKey: 'procedure.1_001193.documents.birthCertificate.label', bringToDesk: false },
      { kind: 'document', id: 'applicantId', labelKey: 'procedure.1_001193.documents.applicantId.label', bringToDesk: true },
    ]);
  });

  it('drops a document once photographed, and picks the one that applies', () => {
    expect(missingItems(birth, birthAnswers(), { birthCertificate: 1 }, { today: TODAY }).map((i) => i.id)).toEqual(['applicantId']);
    const withWitness = { ...birthAnswers(), birthProof: 'witnessStatement' };
    expect(missingItems(birth, withWitness, { birthCertificate: 2 }, { today: TODAY }).map((i) => i.id)).toEqual(['witnessStatement', 'applicantId']);
  });

  it('lists empty required fields first, never the generated request form', () => {
    const items = missingItems(birth, { fatherKnown: 'no' }, {}, { today: TODAY });
    expect(items[0]).toEqual({ kind: 'field', id: 'applicant', labelKey: 'procedure.1_001193.fields.applicant.label' });
    expect(items.some((i) => i.id === 'father' || i.id === 'requestForm')).toBe(false);
  });

  it('asks for proof of lawful residence unless the place is in the national database', () => {
    const residence = procedure('1.004222');
    const answers = { subject: '11111111-1111-4111-8111-111111111111', address: 'Thôn Kho Mường', residenceBasis: 'ownHome' };
    expect(missingItems(residence, { ...answers, placeInNationalDatabase: 'yes' }, {}, { today: TODAY })).toEqual([]);
    expect(missingItems(residence, { ...answers, placeInNationalDatabase: 'unknown' }, {}, { today: TODAY }).map((i) => i.id)).toEqual([
      'lawfulResidenceProof',
    ]);
  });
});
