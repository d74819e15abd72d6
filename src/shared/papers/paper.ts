import { z } from 'zod';

// A signed paper: the receipt ("giấy tiếp nhận hồ sơ và hẹn trả kết quả") or the result notice, as the QR code
// printed on it carries it. A small JSON object rather than a JWS: it keeps the QR code small enough to scan
// from a phone photo of an A5 print, and a reader without the app still sees the dossier `code` in it
// (the status page looks the dossier up by that field).
//
// The signature (Ed25519, base64url) covers the UTF-8 JSON text of the other fields in the order of
// PAPER_FIELDS, without spaces: exactly the QR text with `,"sig":"…"` removed. A paper is genuine only when
// its text is that canonical form byte for byte, so not one byte can change without the check failing.

export const PAPER_KINDS = ['receipt', 'result'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const paperContentSchema = z.strictObject({
  v: z.literal(1),
  kind: z.enum(PAPER_KINDS),
  /** The official dossier code. */
  code: z.string().min(1).max(60),
  /** The procedure's code in the national database. */
  proc: z.string().min(1).max(50),
  /** The citizen's initials only: a lost paper names nobody. */
  who: z.string().max(30),
  /** The day the dossier was received (receipt) or its result was ready (result), in Vietnam. */
  on: isoDate,
  /** The appointment for the result. */
  due: isoDate.optional(),
  /** The receiving agency's code, which owns the signing key. */
  agency: z.string().min(1).max(40),
  commune: z.string().regex(/^\d{5}$/),
  /** The signing key's id: `<agency>#<generation>`. */
  kid: z.string().min(1).max(60),
});
export type PaperContent = z.infer<typeof paperContentSchema>;

export const signedPaperSchema = paperContentSchema.extend({ sig: z.string().regex(/^[A-Za-z0-9_-]{86}$/) });
export type SignedPaper = z.infer<typeof signedPaperSchema>;

export const PAPER_FIELDS = ['v', 'kind', 'code', 'proc', 'who', 'on', 'due', 'agency', 'commune', 'kid'] as const;

/** The canonical text the signature covers. */
export function paperSigningText(content: PaperContent): string {
  const ordered: Record<string, unknown> = {};
  for (const field of PAPER_FIELDS) if (content[field] !== undefined) ordered[field] = content[field];
  return JSON.stringify(ordered);
}

/** The QR text: the canonical content with the signature as its last member. */
export function encodePaper(content: PaperContent, sig: string): string {
  return `${paperSigningText(content).slice(0, -1)},"sig":${JSON.stringify(sig)}}`;
}

/** The paper a text holds when it has the shape of one (its signature is not checked here). */
export function parsePaper(text: string): SignedPaper | undefined {
  try {
    const parsed = signedPaperSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
