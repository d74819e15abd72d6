import Dexie from 'dexie';
import { blindIndex, openJson, sealJson, type Sealed } from '../lib/crypto-keys';
import { workspaceKeys } from './keyring';

// Encryption at rest for one workspace. Inside a Dexie transaction, WebCrypto's promises would let the
// IndexedDB transaction auto-commit; Dexie.waitFor keeps it alive for these few milliseconds.
const inTransaction = <T>(promise: Promise<T>): Promise<T> => (Dexie.currentTransaction ? Dexie.waitFor(promise) : promise);

export const sealFor = (userId: string, value: unknown): Promise<Sealed> => inTransaction(sealJson(workspaceKeys(userId).dataKey, value));

export const openFor = <T>(userId: string, sealed: Sealed): Promise<T> => inTransaction(openJson<T>(workspaceKeys(userId).dataKey, sealed));

export const blindFor = (userId: string, value: string): Promise<string> => inTransaction(blindIndex(workspaceKeys(userId).indexKey, value));

/** Every prefix of every token, blind-indexed: "ngu" then matches "nguyen" by equality, never by plaintext. */
export async function blindPrefixes(userId: string, tokens: readonly string[]): Promise<string[]> {
  const prefixes = new Set<string>();
  for (const token of tokens) for (let length = 1; length <= token.length; length++) prefixes.add(token.slice(0, length));
  return Promise.all([...prefixes].map((prefix) => blindFor(userId, prefix)));
}
