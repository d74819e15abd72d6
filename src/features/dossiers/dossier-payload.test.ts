import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/catalog/catalog-data';
import { birthAnswers, PERSON_A, PERSON_B, procedure } from '../../domain/catalog/catalog-fixtures';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import type { DossierDraft } from '../../db/dossier-types';
import { buildDossierContent, vietnamTime } from './dossier-payload';

const birth = procedure('1.001193');
const page = { sha256: 'b'.repeat(64), size: 5000, mime: 'image/jpeg' };
const signature = { sha256: 'c'.repeat(64), size: 900, mime: 'image/png' };
const context = { communeCode: '14923', facts: { ethnicMinority: true }, now: new Date('2026-11-26T03:00:00Z'), calendar: buildWorkCalendar() };
const draft = (): DossierDraft => ({
  id: 'd1', citizenId: PERSON_A, procedureCode: '1.001193', catalogVersion: CATALOG.version,
  answers: { ...birthAnswers(), fatherKnown: 'no' },
  persons: { [PERSON_B]: { fullName: 'Lò Văn Páo' }, '44444444-4444-4444-8444-444444444444': { fullName: 'Người đã bỏ' } },
  documents: { birthCertificate: [page], witnessStatement: [page] },
  confirmation: { method: 'signature', signatureImage: signature, witnessName: '' },
});

describe('buildDossierContent', () => {
  it('sends only what applies: visible answers, applicable documents, people it names', () => {
    const answers = { ...birthAnswers(), fatherKnown: 'yes', father: PERSON_B };
    const content = buildDossierContent({ ...draft(), answers }, birth, context);
    expect(content.answers).toEqual(answers);
    expect(content.documents).toEqual({ birthCertificate: [page] });
    expect(content.persons).toEqual({ [PERSON_B]: { fullName: 'Lò Văn Páo' } });
    expect(content.confirmation).toEqual({ method: 'signature', signatureImage: signature, confirmedAt: context.now.toISOString() });
  });

  it('leaves out the answers of hidden fields, kept in the draft', () => {
    const content = buildDossierContent({ ...draft(), answers: { ...birthAnswers(), fatherKnown: 'no' } }, birth, context);
    expect(content.answers).not.toHaveProperty('father');
    expect(content.answers).not.toHaveProperty('parentsMarried');
    expect(content.persons).toEqual({});
  });

  it('quotes the fee with its exemption and fixes the appointment (same day before 15:00 Vietnam time)', () => {
    const content = buildDossierContent(draft(), birth, context);
    expect(vietnamTime(context.now)).toBe('10:00');
    expect(content.fee).toEqual({ amount: 0, exemptionKey: 'onTime', verified: true });
    expect(content.resultDue).toEqual({ date: '2026-11-26', estimate: true });
    const late = buildDossierContent(draft(), birth, { ...context, now: new Date('2026-11-26T09:00:00Z') });
    expect(late.resultDue?.date).toBe('2026-11-27');
  });

  it('refuses an incomplete draft', () => {
    expect(() => buildDossierContent({ ...draft(), documents: {} }, birth, context)).toThrow();
    expect(() => buildDossierContent({ ...draft(), confirmation: { method: 'witness', witnessName: '' } }, birth, context)).toThrow();
    const { childName: _, ...withoutName } = birthAnswers();
    expect(() => buildDossierContent({ ...draft(), answers: withoutName }, birth, context)).toThrow();
  });
});
