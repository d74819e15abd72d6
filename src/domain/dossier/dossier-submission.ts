import { z } from 'zod';
import { attachmentRefSchema } from '../citizen/attachment-ref';
import { isLocalReference } from './local-reference';

// What a device sends when a dossier is submitted: the `fields` of its outbox mutation, defined once
// for the app and the server (STYLE.md habit 1). The device writes these; the server owns the status,
// the official code and what officers change later. Status is therefore not part of it.

const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.iso.datetime({ offset: true });
const personName = z.string().trim().min(2).max(100);

export const dossierSubmissionSchema = z.object({
  /** The person the dossier is for (their citizen record). */
  citizenId: z.uuid(),
  procedureCode: z.string().min(1).max(50),
  /** The catalog version the answers follow. */
  catalogVersion: z.string().min(1).max(30),
  /** The commune whose one-stop shop receives it. */
  communeCode: z.string().regex(/^\d{5}$/),
  /** Answers of the fields that apply, by field id; a person answer is a citizen id or a key of `persons`. */
  answers: z.record(z.string().min(1).max(100), answerValue),
  /** People the answers name who have no citizen record (a father living elsewhere), by the id the answer holds. */
  persons: z.record(z.uuid(), z.object({ fullName: personName })),
  /** Photographed pages per document requirement id, in reading order (uploaded separately, by hash). */
  documents: z.record(z.string().min(1).max(100), z.array(attachmentRefSchema).min(1).max(50)),
  /** How the citizen confirmed the summary read to them. */
  confirmation: z.discriminatedUnion('method', [
    z.object({ method: z.enum(['signature', 'thumbprint']), signatureImage: attachmentRefSchema, confirmedAt: instant }),
    z.object({ method: z.literal('witness'), witnessName: personName, confirmedAt: instant }),
  ]),
  /** The fee quoted to the citizen (VND; null: set by the province) and the exemption that applied. */
  fee: z.object({ amount: z.number().int().min(0).nullable(), exemptionKey: z.string().min(1).optional(), verified: z.boolean() }),
  /** NHAP-<device>-<sequence>: never mistakable for an official code. */
  localReference: z.string().refine(isLocalReference, { error: 'common.invalidFormat' }),
  submittedAt: instant,
  /** The appointment printed on the receipt the citizen took home. */
  resultDue: z.object({ date: isoDate, extendedDate: isoDate.optional(), estimate: z.boolean() }).nullable(),
});

export type DossierSubmission = z.infer<typeof dossierSubmissionSchema>;
