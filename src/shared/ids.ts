// Client-generated ids make every write idempotent (STYLE.md, habit 3): a record keeps the id it was
// given offline, so a replayed or duplicated sync message cannot create a second record.
// `crypto.randomUUID` exists in browsers (secure contexts) and in Node 20 as a global.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** A new random (version 4) UUID. */
export function newId(): string {
  return crypto.randomUUID();
}

/** True for a canonical UUID string (any RFC 9562 version, any letter case). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
