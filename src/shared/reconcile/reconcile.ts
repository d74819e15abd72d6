import { compareHlc, hlcNodeId } from '../hlc';
import { canonicalJson, sameValue } from './canonical-json';

// The one place where two versions of a record are settled (STYLE.md habit 4, like Excalidraw's
// data/reconcile.ts). Pure and deterministic: the server applying a push and a device applying a pull
// call it with the same inputs and get the same record.
//
// Rules:
// - Fields are independent last-writer-wins registers: edits to different fields merge.
// - The same field: the later hybrid-logical-clock stamp wins. Equal stamps (only a broken client could
//   send them) fall back to comparing the values' canonical JSON, so every device still agrees.
// - Fields the server owns (a dossier's status, its official code) are never changed by a change passed
//   here: a differing value goes to `lost`.
// - Nothing is dropped silently: a value that loses — arriving too late, or overwritten by a concurrent
//   edit from another device — is returned in `lost`, to be kept in the record's history and shown.

export type Fields = Record<string, unknown>;
export type FieldClocks = Record<string, string>;

export type ReconcileState = {
  fields: Fields;
  fieldClocks: FieldClocks;
  /**
   * Server revision at which each field was last written. With `baseRevision` on the change it tells a
   * concurrent overwrite (the author had not seen the value) from an ordinary edit. Server side only.
   */
  fieldRevisions?: Record<string, number> | undefined;
};

export type ReconcileChange = {
  /** A field-level patch: only the fields the author set. */
  fields: Fields;
  hlc: string;
  /** The server revision the author's copy was based on. */
  baseRevision?: number | undefined;
  /** The revision this change will create, recorded per field it wins. */
  revision?: number | undefined;
};

export type LostValue = {
  field: string;
  value: unknown;
  /** The stamp of the value that lost. */
  hlc: string;
  /** The stamp of the value that won; null for a server-owned field the server has not stamped. */
  winner: string | null;
};

export type ReconcileResult = {
  fields: Fields;
  fieldClocks: FieldClocks;
  fieldRevisions: Record<string, number>;
  /** Fields whose value or clock this change set, sorted. */
  applied: string[];
  lost: LostValue[];
};

export type ReconcileOptions = { serverOwnedFields: readonly string[] };

export function reconcile(
  current: ReconcileState | undefined,
  change: ReconcileChange,
  options: ReconcileOptions,
): ReconcileResult {
  // Maps, then Object.fromEntries: a field named "__proto__" stays a field and never reaches a prototype.
  const fields = new Map(Object.entries(current?.fields ?? {}));
  const clocks = new Map(Object.entries(current?.fieldClocks ?? {}));
  const revisions = new Map(Object.entries(current?.fieldRevisions ?? {}));
  const serverOwned = new Set(options.serverOwnedFields);
  const author = hlcNodeId(change.hlc);
  const applied: string[] = [];
  const lost: LostValue[] = [];

  // An overwritten value was concurrent when it was written after the revision the author had seen, by
  // another device (a device's own earlier edit is never a conflict, even before the server acknowledged it).
  const wasConcurrent = (field: string, clock: string) => {
    const writtenAt = revisions.get(field);
    return (
      change.baseRevision !== undefined &&
      writtenAt !== undefined &&
      writtenAt > change.baseRevision &&
      hlcNodeId(clock) !== author
    );
  };

  for (const field of Object.keys(change.fields).sort()) {
    const value = change.fields[field];
    const present = fields.has(field);
    const currentValue = fields.get(field);
    const currentClock = clocks.get(field);

    if (serverOwned.has(field)) {
      if (!(present && sameValue(currentValue, value))) lost.push({ field, value, hlc: change.hlc, winner: currentClock ?? null });
      continue;
    }
    if (currentClock === undefined || wins(change.hlc, value, currentClock, currentValue)) {
      if (present && currentClock !== undefined && !sameValue(currentValue, value) && wasConcurrent(field, currentClock)) {
        lost.push({ field, value: currentValue, hlc: currentClock, winner: change.hlc });
      }
      fields.set(field, value);
      clocks.set(field, change.hlc);
      if (change.revision !== undefined) revisions.set(field, change.revision);
      applied.push(field);
    } else if (!sameValue(currentValue, value)) {
      lost.push({ field, value, hlc: change.hlc, winner: currentClock });
    }
  }

  return {
    fields: Object.fromEntries(fields),
    fieldClocks: Object.fromEntries(clocks),
    fieldRevisions: Object.fromEntries(revisions),
    applied,
    lost,
  };
}

function wins(hlc: string, value: unknown, currentHlc: string, currentValue: unknown): boolean {
  const byClock = compareHlc(hlc, currentHlc);
  if (byClock !== 0) return byClock > 0;
  return canonicalJson(value) > canonicalJson(currentValue);
}
