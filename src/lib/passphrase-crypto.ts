// Encrypts a file with a passphrase (PBKDF2-SHA-256, 600,000 iterations → AES-256-GCM), for handing
// unsent work to another device over USB, Bluetooth or a chat app without exposing citizens' data.
export const PASSPHRASE_ITERATIONS = 600_000;

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export type SealedFile = { format: string; version: 1; iterations: number; salt: string; iv: string; ciphertext: string };

export async function sealWithPassphrase(format: string, plaintext: string, passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<SealedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext)));
  return { format, version: 1, iterations, salt: toBase64(salt), iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase or damaged file');
    this.name = 'WrongPassphraseError';
  }
}

/** Decrypts; a wrong passphrase or a single changed byte fails the GCM tag check. */
export async function openWithPassphrase(sealed: SealedFile, passphrase: string): Promise<string> {
  const key = await keyFrom(passphrase, fromBase64(sealed.salt), sealed.iterations);
  try {
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.ciphertext));
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new WrongPassphraseError();
  }
}

export { toBase64, fromBase64 };
