// The device-side cryptography of issue 8, on WebCrypto only:
//  - a random per-user data key (AES-256-GCM) encrypts personal fields, drafts, the outbox and photos;
//  - it is stored only wrapped: by a key derived from the staff member's PIN (PBKDF2-SHA-256,
//    600,000 iterations) and by a recovery key that the server holds for that user;
//  - an index key (HMAC-SHA-256, derived from the data key with HKDF) makes blind indexes for search.
// Keys are non-extractable CryptoKeys held in memory only; a copied IndexedDB yields ciphertext.
import { PIN_ITERATIONS } from './pin';

export type Wrapped = { iv: string; ciphertext: string };
export type PinWrapped = Wrapped & { salt: string; iterations: number };
/** How records were sealed before schema version 7: base64 IV and ciphertext (still opened, never written). */
export type LegacySealed = { iv: string; data: string };
/**
 * A sealed value: 12-byte IV, then AES-GCM ciphertext, in one byte array (the layout of sealBlob).
 * Bytes rather than base64 text: IndexedDB stores them as they are, and base64 cost more CPU than the
 * encryption itself when a pull stores 10,000 people (docs/performance.md).
 */
export type Sealed = Uint8Array<ArrayBuffer> | LegacySealed;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));

async function aesKey(raw: Uint8Array<ArrayBuffer>, usages: KeyUsage[]): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, usages);
}

async function encrypt(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>): Promise<Wrapped> {
  const iv = randomBytes(12);
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext))) };
}

async function decrypt(key: CryptoKey, wrapped: Wrapped): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(wrapped.iv) }, key, fromBase64(wrapped.ciphertext)));
}

async function pinKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export const generateDataKey = (): Uint8Array<ArrayBuffer> => randomBytes(32);

export async function wrapWithPin(dataKey: Uint8Array<ArrayBuffer>, pin: string, iterations = PIN_ITERATIONS): Promise<PinWrapped> {
  const salt = randomBytes(16);
  return { ...(await encrypt(await pinKey(pin, salt, iterations), dataKey)), salt: toBase64(salt), iterations };
}

/** The data key, or null for a wrong PIN (the GCM tag does not verify). */
export async function unwrapWithPin(wrapped: PinWrapped, pin: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return await decrypt(await pinKey(pin, fromBase64(wrapped.salt), wrapped.iterations), wrapped);
  } catch {
    return null;
  }
}

export async function wrapWithRecoveryKey(dataKey: Uint8Array<ArrayBuffer>, recoveryKey: string): Promise<Wrapped> {
  return encrypt(await aesKey(fromBase64(recoveryKey), ['encrypt']), dataKey);
}

export async function unwrapWithRecoveryKey(wrapped: Wrapped, recoveryKey: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return await decrypt(await aesKey(fromBase64(recoveryKey), ['decrypt']), wrapped);
  } catch {
    return null;
  }
}

export type WorkspaceKeys = { dataKey: CryptoKey; indexKey: CryptoKey };

/** Turns the raw data key into the two non-extractable keys a workspace uses. */
export async function openWorkspaceKeys(raw: Uint8Array<ArrayBuffer>): Promise<WorkspaceKeys> {
  const hkdf = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const indexKey = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode('cau-noi blind index v1') },
    hkdf, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'],
  );
  return { dataKey: await aesKey(raw, ['encrypt', 'decrypt']), indexKey };
}

const IV_BYTES = 12;

export async function sealJson(key: CryptoKey, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value))));
  const sealed = new Uint8Array(IV_BYTES + ciphertext.length);
  sealed.set(iv);
  sealed.set(ciphertext, IV_BYTES);
  return sealed;
}

export async function openJson<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  const plaintext = ArrayBuffer.isView(sealed)
    ? await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) }, key, sealed.subarray(IV_BYTES))
    : await decrypt(key, { iv: sealed.iv, ciphertext: sealed.data });
  return JSON.parse(decoder.decode(plaintext)) as T;
}

/** A photo encrypted as one blob: 12-byte IV, then ciphertext (AES-GCM). */
export async function sealBlob(key: CryptoKey, blob: Blob): Promise<Blob> {
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, await blob.arrayBuffer());
  return new Blob([iv, ciphertext], { type: 'application/octet-stream' });
}

export async function openBlob(key: CryptoKey, sealed: Blob, mime: string): Promise<Blob> {
  const bytes = new Uint8Array(await sealed.arrayBuffer());
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
  return new Blob([plaintext], { type: mime });
}

/** A keyed blind index of a normalised value: equal values match, nothing about the value is revealed. */
export async function blindIndex(indexKey: CryptoKey, value: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', indexKey, encoder.encode(value)));
  return toBase64(mac.subarray(0, 16));
}
