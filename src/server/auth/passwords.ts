import { randomUUID } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which `verbatimModuleSyntax` forbids reading: its value is 2.
const ARGON2ID: Algorithm = 2;

export type PasswordHashOptions = {
  /** KiB of memory per hash. */
  memoryCost: number;
  timeCost: number;
  parallelism: number;
};

/** OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1. */
export const DEFAULT_PASSWORD_HASH_OPTIONS: PasswordHashOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(
  password: string,
  options: PasswordHashOptions = DEFAULT_PASSWORD_HASH_OPTIONS,
): Promise<string> {
  return hash(password, { ...options, algorithm: ARGON2ID });
}

/** False for a wrong password and for a malformed stored hash (never throws on bad data). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, made once, to verify against when the username is unknown: the answer then
 * takes as long as for a wrong password, so response times do not reveal which usernames exist.
 */
export function createDummyPasswordHash(options?: PasswordHashOptions): () => Promise<string> {
  let dummy: Promise<string> | undefined;
  return () => (dummy ??= hashPassword(randomUUID(), options));
}
