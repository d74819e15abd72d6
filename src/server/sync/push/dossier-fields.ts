import { z } from 'zod';
import { attachmentRefSchema } from '../../../domain/citizen/attachment-ref';
import { dossierSubmissionSchema } from '../../../domain/dossier/dossier-submission';

// What a device sends for a submitted dossier is defined once, in src/domain/dossier/dossier-submission.ts,
// and used by the app and here (STYLE.md habit 1).
export { dossierSubmissionSchema };

const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

/** Fields a device may write: the submission's. */
export const DOSSIER_CLIENT_FIELDS = Object.keys(dossierSubmissionSchema.shape) as ReadonlyArray<keyof typeof dossierSubmissionSchema.shape>;

/**
 * Fields only the server writes: set on receipt, later changed by officers. `dueDate` is the statutory result
 * date, `decidedAt` when the result was ready or the dossier refused; `signedReceipt` and `signedResult` are
 * the signed papers the QR codes carry (src/shared/papers); `preparedBy` says who prepared it.
 */
export const DOSSIER_SERVER_FIELDS = [
  'status', 'statusReason', 'missingItems', 'officialCode', 'agencyCode', 'receivedAt', 'communeCode',
  'dueDate', 'decidedAt', 'signedReceipt', 'signedResult',
  // 'citizen' for a dossier a citizen prepared on their own phone (issue 7 §7).
  'preparedBy',
] as const;

/** Fixed once received: what was asked, for whom, under which catalog. Answers and documents may be supplemented. */
export const DOSSIER_FIXED_FIELDS = ['citizenId', 'procedureCode', 'catalogVersion', 'localReference', 'submittedAt'] as const;

export const DOSSIER_CLOSED_STATUSES: readonly string[] = ['returned', 'refused'];

/** The parts a device may still change after receipt (a supplement asked for by an officer). */
export const dossierSupplementSchema = z.object({
  answers: z.record(z.string(), answerValue),
  documents: z.record(z.string().min(1).max(100), z.array(attachmentRefSchema).min(1).max(50)),
});
