import { z } from 'zod';
import { APP_LANGUAGE_TAGS } from '../../shared/languages';
import { attachmentRefSchema } from '../citizen/attachment-ref';

// Handing a dossier draft between a staff tablet and a citizen's phone (issue 7 §7), through the server:
// the sender gets a short one-time code, shown as text and as a QR code; the receiver scans or types it.

/** Minutes a hand-over code works: long enough to find the phone, short enough not to linger. */
export const HANDOVER_TTL_MINUTES = 30;

// Crockford base32 without I, L, O, U: read aloud or typed on a small keypad, nothing is mistaken.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const HANDOVER_CODE_LENGTH = 8;

/** Eight characters from random bytes (40 bits): with the expiry and the commune binding, not guessable. */
export function formatHandoverCode(random: Uint8Array): string {
  if (random.length < HANDOVER_CODE_LENGTH) throw new RangeError('need 8 random bytes');
  return Array.from(random.slice(0, HANDOVER_CODE_LENGTH), (b) => ALPHABET[b % 32]).join('');
}

/** "k7m2-9qxo" → "K7M29QX0": case, spaces, dashes and the letters that look like digits do not matter. */
export function normalizeHandoverCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** "K7M29QX0" → "K7M2-9QX0", how it is shown. */
export const displayHandoverCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export const handoverCodeSchema = z.string().max(40).transform(normalizeHandoverCode).pipe(z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, { error: 'handover.codeInvalid' }));

const answerValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(100), z.null()]);

/** The draft that travels: what was asked and typed, and the pages by hash (uploaded before). Not whose it is. */
export const handoverDraftSchema = z.object({
  procedureCode: z.string().min(1).max(50),
  catalogVersion: z.string().min(1).max(30),
  answers: z.record(z.string().min(1).max(100), answerValue),
  persons: z.record(z.uuid(), z.object({ fullName: z.string().max(100) })),
  documents: z.record(z.string().min(1).max(100), z.array(attachmentRefSchema).max(50)),
});
export type HandoverDraft = z.infer<typeof handoverDraftSchema>;

/** Staff → citizen needs the citizen's consent, confirmed by staff, read in the citizen's language. */
export const createHandoverSchema = z.object({
  communeCode: z.string().regex(/^\d{5}$/),
  draft: handoverDraftSchema,
  consent: z.object({ given: z.literal(true), language: z.enum(APP_LANGUAGE_TAGS) }).optional(),
});

export const claimHandoverSchema = z.object({ code: handoverCodeSchema });

/** The QR code's text: a prefix that tells it from a receipt's QR, then the code. */
export const HANDOVER_QR_PREFIX = 'CAUNOI-HANDOVER:';
export const handoverQrText = (code: string) => `${HANDOVER_QR_PREFIX}${code}`;
export const codeFromQrText = (text: string): string | undefined =>
  text.startsWith(HANDOVER_QR_PREFIX) ? normalizeHandoverCode(text.slice(HANDOVER_QR_PREFIX.length)) : undefined;
