import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc';
import { canonicalJson } from './canonical-json';
import { reconcile, type ReconcileChange, type ReconcileState, type LostValue } from './reconcile';

const SERVER_OWNED = ['status', 'officialCode'];
const options = { serverOwnedFields: SERVER_OWNED };
const hlc = (wallMs: number, nodeId: string, counter = 0) => formatHlc({ wallMs, counter, nodeId });

/** Applies changes in order as the server does: revision n+1 for the n-th change, each based on `baseRevision`. */
function applyAll(changes: readonly ReconcileChange[], start?: ReconcileState) {
  let state: ReconcileState | undefined = start;
  const lost: LostValue[] = [];
  changes.forEach((change, i) => {
    const result = reconcile(state, { ...change, revision: i + 1 }, options);
    state = result;
    lost.push(...result.lost);
  });
  return { state, lost };
}

const FIELD_NAMES = ['fullName', 'phone', 'address', 'status', 'officialCode'] as const;
const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 3 }), fc.constant(null), fc.record({ v: fc.nat(2) }));

/** Concurrent edits from distinct devices: none had seen another's (baseRevision 0). */
const concurrentChanges = fc
  .uniqueArray(
    fc.record({
      node: fc.stringMatching(/^[a-z]{1,4}$/),
      wallMs: fc.integer({ min: 1, max: 40 }),
      fields: fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { minKeys: 1 }),
    }),
    { selector: (c) => c.node, minLength: 1, maxLength: 6 },
  )
  .map((changes) => changes.map((c): ReconcileChange => ({ fields: c.fields, hlc: hlc(c.wallMs, c.node), baseRevision: 0 })));

const withoutRevisions = (s: ReconcileState | undefined) => ({ fields: canonicalJson(s?.fields), clocks: canonicalJson(s?.fieldClocks) });
// Two devices may lose the same value: which of their stamps is kept depends on arrival order, the value does
// not. A value equal to the final one may or may not pass through the history on the way: it is not lost.
const lostValues = (lost: LostValue[], final: ReconcileState | undefined) => [
  ...new Set(
    lost
      .filter((l) => canonicalJson(l.value) !== canonicalJson(final?.fields[l.field]))
      .map((l) => canonicalJson({ field: l.field, value: l.value })),
  ),
].sort();

describe('reconcile', () => {
  it('merges edits to different fields', () => {
    const base = reconcile(undefined, { fields: { fullName: 'Hà Thị Xuân', phone: '0912345678' }, hlc: hlc(1, 'a') }, options);
    const a = reconcile(base, { fields: { phone: '0987654321' }, hlc: hlc(5, 'a'), baseRevision: 1 }, options);
    const b = reconcile(a, { fields: { fullName: 'Hà Thị Xuân Mai' }, hlc: hlc(3, 'b'), baseRevision: 1 }, options);
    expect(b.fields).toEqual({ fullName: 'Hà Thị Xuân Mai', phone: '0987654321' });
    expect(b.lost).toEqual([]);
    expect(b.applied).toEqual(['fullName']);
  });

  it('lets the later stamp win the same field and keeps the loser, whichever arrives first', () => {
    const start = { fields: { phone: '0900000000' }, fieldClocks: { phone: hlc(1, 'a') }, fieldRevisions: { phone: 1 } };
    const early = { fields: { phone: '0911111111' }, hlc: hlc(10, 'a'), baseRevision: 1, revision: 2 };
    const late = { fields: { phone: '0922222222' }, hlc: hlc(20, 'b'), baseRevision: 1, revision: 2 };

    const lateLast = reconcile(reconcile(start, early, options), { ...late, revision: 3 }, options);
    expect(lateLast.fields.phone).toBe('0922222222');
    expect(lateLast.lost).toEqual([{ field: 'phone', value: '0911111111', hlc: early.hlc, winner: late.hlc }]);

    const earlyLast = reconcile(reconcile(start, late, options), { ...early, revision: 3 }, options);
    expect(earlyLast.fields.phone).toBe('0922222222');
    expect(earlyLast.lost).toEqual([{ field: 'phone', value: '0911111111', hlc: early.hlc, winner: late.hlc }]);
  });

  it("does not call a device's own earlier edit a conflict", () => {
    const first = reconcile(undefined, { fields: { phone: '0911111111' }, hlc: hlc(1, 'a'), baseRevision: 0, revision: 1 }, options);
    const second = reconcile(first, { fields: { phone: '0922222222' }, hlc: hlc(2, 'a'), baseRevision: 0, revision: 2 }, options);
    expect(second.lost).toEqual([]);
    // Another device that had seen revision 1 is editing, not conflicting.
    const third = reconcile(second, { fields: { phone: '0933333333' }, hlc: hlc(3, 'b'), baseRevision: 2, revision: 3 }, options);
    expect(third.lost).toEqual([]);
  });

  it('breaks a tie of equal stamps the same way in either order', () => {
    const a = { fields: { phone: '1' }, hlc: hlc(5, 'x') };
    const b = { fields: { phone: '2' }, hlc: hlc(5, 'x') };
    const ab = reconcile(reconcile(undefined, a, options), b, options);
    const ba = reconcile(reconcile(undefined, b, options), a, options);
    expect(ab.fields).toEqual(ba.fields);
  });

  it('never lets a change touch a server-owned field', () => {
    const current = { fields: { status: 'received' }, fieldClocks: { status: hlc(1, 'server') } };
    const result = reconcile(current, { fields: { status: 'draft', officialCode: 'X', fullName: 'A' }, hlc: hlc(99, 'a') }, options);
    expect(result.fields).toEqual({ status: 'received', fullName: 'A' });
    expect(result.lost).toEqual([
      { field: 'officialCode', value: 'X', hlc: hlc(99, 'a'), winner: null },
      { field: 'status', value: 'draft', hlc: hlc(99, 'a'), winner: hlc(1, 'server') },
    ]);
    // Sending the value the server already has is not a loss.
    expect(reconcile(current, { fields: { status: 'received' }, hlc: hlc(100, 'a') }, options).lost).toEqual([]);
  });

  it('keeps "__proto__" a plain field', () => {
    const fields = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const result = reconcile(undefined, { fields, hlc: hlc(1, 'a') }, options);
    expect(Object.getPrototypeOf(result.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('properties', () => {
    it('gives the same record for any order of the same changes (every device converges)', () => {
      fc.assert(
        fc.property(
          concurrentChanges.chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length }))),
          ([changes, shuffled]) => {
            expect(withoutRevisions(applyAll(shuffled).state)).toEqual(withoutRevisions(applyAll(changes).state));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('loses the same values in any order, and every value either wins or is kept as lost', () => {
      fc.assert(
        fc.property(
          concurrentChanges.chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length }))),
          ([changes, shuffled]) => {
            const inOrder = applyAll(changes);
            const reordered = applyAll(shuffled);
            expect(lostValues(reordered.lost, reordered.state)).toEqual(lostValues(inOrder.lost, inOrder.state));
            const final = inOrder.state!;
            for (const change of changes) {
              for (const [field, v] of Object.entries(change.fields)) {
                const kept =
                  SERVER_OWNED.includes(field) ||
                  canonicalJson(final.fields[field]) === canonicalJson(v) ||
                  inOrder.lost.some((l) => l.field === field && canonicalJson(l.value) === canonicalJson(v));
                expect(kept, `${field}=${canonicalJson(v)} from ${change.hlc}`).toBe(true);
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it('is idempotent: applying a change again changes nothing', () => {
      fc.assert(
        fc.property(concurrentChanges, (changes) => {
          const { state } = applyAll(changes);
          for (const change of changes) {
            const again = reconcile(state, change, options);
            expect(withoutRevisions(again)).toEqual(withoutRevisions(state));
            expect(again.applied).toEqual([]);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('lets server-owned fields always win, and records every attempt that differs', () => {
      fc.assert(
        fc.property(concurrentChanges, fc.record({ status: fc.string(), officialCode: fc.string() }), (changes, serverValues) => {
          const start: ReconcileState = {
            fields: serverValues,
            fieldClocks: { status: hlc(1, 'server'), officialCode: hlc(1, 'server') },
          };
          const { state, lost } = applyAll(changes, start);
          expect(state!.fields.status).toBe(serverValues.status);
          expect(state!.fields.officialCode).toBe(serverValues.officialCode);
          for (const change of changes) {
            for (const field of SERVER_OWNED) {
              if (!(field in change.fields) || change.fields[field] === serverValues[field as keyof typeof serverValues]) continue;
              expect(lost.some((l) => l.field === field && l.hlc === change.hlc)).toBe(true);
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
