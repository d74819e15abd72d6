import { sign } from 'node:crypto';
import type { Kysely } from 'kysely';
import { encodePaper, paperSigningText, type PaperContent } from '../../shared/papers';
import type { Database } from '../db/schema';
import { currentSigningKey, rotateSigningKey } from './agency-keys';
import { deriveWrappingKey } from './key-wrap';

export type PaperToSign = Omit<PaperContent, 'v' | 'kid'>;

/** Signs receipts and result notices with the receiving agency's current key (src/shared/papers/paper.ts). */
export type PaperSigner = {
  /** The QR text of the signed paper; undefined when it could not be signed (reported, never blocking a dossier). */
  sign(db: Kysely<Database>, paper: PaperToSign, now: Date): Promise<string | undefined>;
  rotate(db: Kysely<Database>, agencyCode: string, now: Date): Promise<string>;
};

export function createPaperSigner(secret: string, onError: (error: unknown) => void): PaperSigner {
  const wrappingKey = deriveWrappingKey(secret);
  return {
    async sign(db, paper, now) {
      try {
        const key = await currentSigningKey(db, wrappingKey, paper.agency, now);
        const content: PaperContent = { v: 1, ...paper, kid: key.kid };
        const signature = sign(null, Buffer.from(paperSigningText(content), 'utf8'), key.privateKey);
        return encodePaper(content, signature.toString('base64url'));
      } catch (error) {
        // A key that cannot be decrypted (the paper secret differs between servers) must not stop dossiers from
        // being received: the paper goes unsigned, its QR code carries the plain code, and the log says why.
        onError(error);
        return undefined;
      }
    },
    rotate: (db, agencyCode, now) => rotateSigningKey(db, wrappingKey, agencyCode, now),
  };
}
