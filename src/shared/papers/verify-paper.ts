import type { AgencyPublicKey } from './agency-key';
import { fromBase64Url } from './base64url';
import { encodePaper, paperSigningText, parsePaper, type PaperContent } from './paper';

export const PAPER_FAILURES = ['notAPaper', 'unknownKey', 'badSignature', 'keyRetired', 'unsupported'] as const;
export type PaperFailure = (typeof PAPER_FAILURES)[number];

export type PaperVerdict = { ok: true; paper: PaperContent; key: AgencyPublicKey } | { ok: false; reason: PaperFailure };

/**
 * Checks a scanned paper against the agencies' public keys the device keeps: no network needed. Genuine only
 * when the text is canonical, the key is an agency's, the paper names that agency, the key was not yet retired
 * on the paper's date, and the Ed25519 signature holds.
 */
export async function verifyPaper(text: string, keys: readonly AgencyPublicKey[], subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<PaperVerdict> {
  const trimmed = text.trim();
  const signed = parsePaper(trimmed);
  if (!signed) return { ok: false, reason: 'notAPaper' };
  const { sig, ...content } = signed;
  if (encodePaper(content, sig) !== trimmed) return { ok: false, reason: 'badSignature' };
  const key = keys.find((k) => k.kid === content.kid);
  if (!key || key.agencyCode !== content.agency) return { ok: false, reason: 'unknownKey' };
  // A retired key may have leaked: only what it signed up to the day it was retired is trusted.
  if (key.retiredAt && content.on > key.retiredAt.slice(0, 10)) return { ok: false, reason: 'keyRetired' };
  let publicKey: CryptoKey;
  try {
    publicKey = await subtle.importKey('raw', fromBase64Url(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
  } catch {
    // A browser without Ed25519 in WebCrypto cannot tell: say so rather than call the paper false.
    return { ok: false, reason: 'unsupported' };
  }
  const valid = await subtle.verify({ name: 'Ed25519' }, publicKey, fromBase64Url(sig), new TextEncoder().encode(paperSigningText(content)));
  return valid ? { ok: true, paper: content, key } : { ok: false, reason: 'badSignature' };
}
