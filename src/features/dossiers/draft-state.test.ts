import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/catalog/catalog-data';
import { PERSON_A, PERSON_B, procedure } from '../../domain/catalog/catalog-fixtures';
import { addPages, applicableDocuments, confirmationComplete, emptyDossierDraft, mainPersonField, movePage, readyForReview, removePage, setAnswer, withCitizen, withProcedure } from './draft-state';

const birth = procedure('1.001193');
const page = (n: number) => ({ sha256: String(n).repeat(64), size: n, mime: 'image/jpeg' });

describe('dossier draft edits', () => {
  it('puts the chosen citizen in the procedure’s main person field, without overwriting another choice', () => {
    expect(mainPersonField(birth)?.id).toBe('applicant');
    expect(mainPersonField(procedure('1.001776'))?.id).toBe('subject');
    const draft = withProcedure(withCitizen(emptyDossierDraft('d', CATALOG.version), PERSON_A, undefined), birth);
    expect(draft.answers.applicant).toBe(PERSON_A);
    // Changing the citizen follows, as long as staff had not picked someone else.
    expect(withCitizen(draft, PERSON_B, birth).answers.applicant).toBe(PERSON_B);
    const chosen = setAnswer(draft, 'applicant', '33333333-3333-4333-8333-333333333333');
    expect(withCitizen(chosen, PERSON_B, birth).answers.applicant).toBe('33333333-3333-4333-8333-333333333333');
  });

  it('removes empty answers', () => {
    const draft = setAnswer(setAnswer(emptyDossierDraft('d', 'v'), 'childName', 'Minh'), 'childName', '  ');
    expect(draft.answers).toEqual({});
    expect(setAnswer(draft, 'types', []).answers).toEqual({});
  });

  it('adds, reorders and removes pages', () => {
    let draft = addPages(emptyDossierDraft('d', 'v'), 'birthCertificate', [page(1), page(2)]);
    draft = addPages(draft, 'birthCertificate', [page(3)]);
    draft = movePage(draft, 'birthCertificate', 2, -1);
    expect(draft.documents.birthCertificate).toEqual([page(1), page(3), page(2)]);
    expect(movePage(draft, 'birthCertificate', 0, -1)).toBe(draft);
    expect(removePage(draft, 'birthCertificate', 0).documents.birthCertificate).toEqual([page(3), page(2)]);
  });

  it('asks for the documents the answers call for', () => {
    const ids = (answers: Record<string, string>) => applicableDocuments(birth, answers, { today: '2026-11-26' }).map((d) => d.id);
    expect(ids({ birthProof: 'birthCertificate' })).toEqual(['birthCertificate', 'applicantId']);
    expect(ids({ birthProof: 'witnessStatement', fatherKnown: 'yes', parentsMarried: 'yes' })).toEqual(['witnessStatement', 'applicantId', 'parentsMarriageCertificate']);
  });

  it('is ready for review when only papers to show at the desk remain', () => {
    expect(readyForReview([{ kind: 'document', id: 'applicantId', labelKey: 'k', bringToDesk: true }])).toBe(true);
    expect(readyForReview([{ kind: 'field', id: 'childName', labelKey: 'k' }])).toBe(false);
  });

  it('needs a drawn mark or a witness’s name to confirm', () => {
    expect(confirmationComplete({ method: '', witnessName: '' })).toBe(false);
    expect(confirmationComplete({ method: 'signature', witnessName: '' })).toBe(false);
    expect(confirmationComplete({ method: 'thumbprint', witnessName: '', signatureImage: page(1) })).toBe(true);
    expect(confirmationComplete({ method: 'witness', witnessName: ' Lả ' })).toBe(true);
  });
});

describe('people who are not registered', () => {
  it('are named in the draft and answered by their new id', async () => {
    const { pickUnregistered, renamePerson } = await import('./draft-state');
    const draft = pickUnregistered(emptyDossierDraft('d', 'v'), 'father', ' Lò Văn Páo ', PERSON_B);
    expect(draft.answers.father).toBe(PERSON_B);
    expect(draft.persons[PERSON_B]).toEqual({ fullName: 'Lò Văn Páo' });
    expect(renamePerson(draft, PERSON_B, 'Lò Văn Pao').persons[PERSON_B]).toEqual({ fullName: 'Lò Văn Pao' });
  });
});
