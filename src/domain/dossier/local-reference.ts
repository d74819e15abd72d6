// A dossier prepared offline carries a local reference until the server assigns the official code.
// It must never be mistaken for an official code (../shared/reference/dossier-code-and-receipt.md):
// it starts with "NHAP-" (nháp, draft), has no dots, and official codes start with digits.

/** Crockford base32: no I, L, O or U, so a reference read aloud or copied by hand stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SEQUENCE_DIGITS = 6;
const PATTERN = new RegExp(`^NHAP-([${ALPHABET}]{4})-(\\d{${SEQUENCE_DIGITS}})$`);

export type LocalReference = { deviceShortId: string; sequence: number };

/** A 4-character short id derived from a device id (FNV-1a hash). For display, not uniqueness: the dossier's uuid is its key. */
export function deviceShortId(deviceId: string): string {
  let hash = 0x811c9dc5;
  for (const ch of deviceId) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let id = '';
  for (let i = 0; i < 4; i += 1) id += ALPHABET[(hash >>> (i * 5)) & 31];
  return id;
}

export function formatLocalReference(shortId: string, sequence: number): string {
  if (!new RegExp(`^[${ALPHABET}]{4}$`).test(shortId)) throw new RangeError(`Bad device short id: ${shortId}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 10 ** SEQUENCE_DIGITS) {
    throw new RangeError(`Local sequence out of range: ${sequence}`);
  }
  return `NHAP-${shortId}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

export function parseLocalReference(value: string): LocalReference | null {
  const m = PATTERN.exec(value.trim().toUpperCase());
  return m ? { deviceShortId: m[1]!, sequence: Number(m[2]) } : null;
}

export function isLocalReference(value: string): boolean {
  return parseLocalReference(value) !== null;
}
