import Dexie from 'dexie';
import { blindIndex, openJson, sealJson, type Sealed } from '../lib/crypto-keys';
import { workspaceKeys } from './keyring';

// Encryption at rest for one workspace. Inside a Dexie transaction, WebCrypto's promises would let the
// IndexedDB transaction auto-commit; Dexie.waitFor keeps it alive for these few milliseconds.
const inTransaction = <T>(promise: Promise<T>): Promise<T> => (Dexie.currentTransaction ? Dexie.waitFor(promise) : promise);

export const sealFor = (userId: string, value: unknown): Promise<Sealed> => inTransaction(sealJson(workspaceKeys(userId).dataKey, value));

export const openFor = <T>(userId: string, sealed: Sealed): Promise<T> => inTransaction(openJson<T>(workspaceKeys(userId).dataKey, sealed));

// Blind indexes are deterministic per workspace key, and names share a small vocabulary ("nguyen", "thi",
// "van"…): remembering them while the workspace is open turns thousands of HMACs into map look-ups when
// a pull stores 10,000 people. Keyed by the CryptoKey itself, so a lock (new key objects) starts afresh.
const blindCache = new WeakMap<CryptoKey, Map<string, Promise<string>>>();
const BLIND_CACHE_LIMIT = 100_000;

export function blindFor(userId: string, value: string): Promise<string> {
  const { indexKey } = workspaceKeys(userId);
  let cache = blindCache.get(indexKey);
  if (!cache) blindCache.set(indexKey, (cache = new Map<string, Promise<string>>()));
  let blind = cache.get(value);
  if (!blind) {
    if (cache.size >= BLIND_CACHE_LIMIT) cache.clear();
    blind = blindIndex(indexKey, value);
    cache.set(value, blind);
  }
  return inTransaction(blind);
}

/** Every prefix of every token, blind-indexed: "ngu" then matches "nguyen" by equality, never by plaintext. */
export async function blindPrefixes(userId: string, tokens: readonly string[]): Promise<string[]> {
  const prefixes = new Set<string>();
  for (const token of tokens) for (let length = 1; length <= token.length; length++) prefixes.add(token.slice(0, length));
  return Promise.all([...prefixes].map((prefix) => blindFor(userId, prefix)));
}
