import type { Readable } from 'node:stream';

// Attachments are stored by content (SHA-256). The file system is the default; an object store (S3,
// MinIO) can replace it behind this interface when several servers do not share a volume.

export type BlobStore = {
  has(sha256: string): Promise<boolean>;
  /**
   * Stores the bytes read from `stream`, if and only if their SHA-256 is `sha256` (else throws
   * BlobHashMismatchError and keeps nothing). Atomic and idempotent: a blob is either whole or absent, and
   * storing the same bytes twice is harmless.
   */
  put(sha256: string, stream: Readable): Promise<{ size: number }>;
  /** The bytes, or null when the store does not have them. */
  get(sha256: string): Promise<Readable | null>;
};

export class BlobHashMismatchError extends Error {
  constructor(readonly expected: string, readonly actual: string) {
    super(`Content hash ${actual} does not match ${expected}`);
    this.name = 'BlobHashMismatchError';
  }
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
