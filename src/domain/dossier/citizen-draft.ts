import { dossierSubmissionSchema } from './dossier-submission';

/**
 * What a citizen's own phone sends for a dossier they prepared themselves (issue 7 §7): the request and its
 * papers, without what only happens at the commune — the confirmation read aloud and signed, the fee quote
 * and the appointment. Staff add those when they check it; until then it has no official code. A subset of
 * the submission's fields, so the server's field list and the wire stay one (STYLE.md habit 1).
 */
export const citizenDraftSchema = dossierSubmissionSchema.pick({
  citizenId: true,
  procedureCode: true,
  catalogVersion: true,
  communeCode: true,
  answers: true,
  persons: true,
  documents: true,
  localReference: true,
  submittedAt: true,
});

export type CitizenDraftSubmission = ReturnType<typeof citizenDraftSchema.parse>;
