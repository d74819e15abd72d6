import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Private signing keys at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the paper secret, with the
// key id as associated data, so a ciphertext moved to another key's row does not decrypt.

const VERSION = 'v1';

export function deriveWrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'cau-noi', 'agency signing keys v1', 32));
}

export function wrapPrivateKey(wrappingKey: Buffer, kid: string, pkcs8: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv).setAAD(Buffer.from(kid, 'utf8'));
  const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return [VERSION, iv.toString('base64url'), sealed.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function unwrapPrivateKey(wrappingKey: Buffer, kid: string, wrapped: string): Buffer {
  const [version, iv, sealed, tag] = wrapped.split('.');
  if (version !== VERSION || !iv || !sealed || !tag) throw new Error(`Unknown private key format for ${kid}`);
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(iv, 'base64url'))
    .setAAD(Buffer.from(kid, 'utf8'))
    .setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]);
}
