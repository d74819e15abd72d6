import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc';
import { pullRequestSchema, pullResponseSchema } from './pull';
import { MAX_MUTATIONS_PER_PUSH, pushRequestSchema, pushResponseSchema, type Mutation } from './push';
import { uploadMetadataSchema } from './upload';

const mutation = (overrides: Partial<Mutation> = {}): Mutation => ({
  mutationId: 1,
  entity: 'citizen',
  entityId: '6f1c2a3e-1b2c-4d5e-8f90-1234567890ab',
  op: 'upsert',
  baseRevision: 0,
  hlc: formatHlc({ wallMs: 1_764_145_800_000, counter: 0, nodeId: 'tablet-0001' }),
  fields: { fullName: 'Hà Thị Xuân' },
  ...overrides,
});
const push = (mutations: unknown[]) => ({ protocolVersion: 1, deviceId: 'tablet-0001', mutations });

describe('push messages', () => {
  it('accepts a well-formed batch', () => {
    expect(pushRequestSchema.safeParse(push([mutation(), mutation({ mutationId: 2, op: 'delete', fields: {} })])).success).toBe(true);
  });

  it.each([
    ['a zero mutation id', { mutationId: 0 }],
    ['a fractional mutation id', { mutationId: 1.5 }],
    ['an unknown entity', { entity: 'household' }],
    ['an id that is not a uuid', { entityId: 'citizen-1' }],
    ['a negative base revision', { baseRevision: -1 }],
    ['a malformed clock', { hlc: '2026-11-26T09:00:00Z' }],
    ['a dotted field name', { fields: { 'address.communeCode': '14923' } }],
  ])('refuses %s', (_name, overrides) => {
    expect(pushRequestSchema.safeParse(push([{ ...mutation(), ...overrides }])).success).toBe(false);
  });

  it('never passes a "__proto__" field on (zod drops it)', () => {
    const fields = JSON.parse('{"__proto__": {"admin": true}, "fullName": "A"}') as Record<string, unknown>;
    const parsed = pushRequestSchema.parse(push([mutation({ fields })]));
    expect(Object.keys(parsed.mutations[0]!.fields)).toEqual(['fullName']);
    expect(Object.getPrototypeOf(parsed.mutations[0]!.fields)).toBe(Object.prototype);
  });

  it('refuses empty and oversized batches', () => {
    expect(pushRequestSchema.safeParse(push([])).success).toBe(false);
    const many = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => mutation({ mutationId: i + 1 }));
    expect(pushRequestSchema.safeParse(push(many)).success).toBe(false);
  });

  it('describes every outcome', () => {
    const entityId = mutation().entityId;
    const response = {
      results: [
        { mutationId: 1, status: 'applied', entityId, revision: 1 },
        { mutationId: 2, status: 'linked', entityId, revision: 4, linkedTo: '0b7e4d1a-5c3f-4a2b-9d8e-7f6a5b4c3d2e' },
        { mutationId: 3, status: 'rejected', entityId, error: { code: 'citizenId.sexMismatch', params: { path: 'citizenId' } } },
        { mutationId: 4, status: 'rejected', entityId, error: { code: 'attachment-missing', params: { missing: ['a'.repeat(64)] }, retryable: true } },
        { mutationId: 1, status: 'alreadyProcessed', processedAs: 'applied', entityId, revision: 1 },
      ],
    };
    expect(pushResponseSchema.parse(response)).toEqual(response);
  });
});

describe('pull messages', () => {
  it('accepts a first pull and a paged one', () => {
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, cursor: '' }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, cursor: '42.abcd', limit: 500 }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ protocolVersion: 1, cursor: '', limit: 0 }).success).toBe(false);
  });

  it('carries whole records with clocks and history', () => {
    const clock = mutation().hlc;
    const response = {
      changes: [
        {
          entity: 'citizen',
          entityId: mutation().entityId,
          revision: 3,
          seq: 17,
          deleted: false,
          fields: { fullName: 'Hà Thị Xuân' },
          fieldClocks: { fullName: clock },
          history: [{ field: 'fullName', value: 'Hà Thị Xuan', hlc: clock, winner: clock, at: '2026-11-26T02:00:00.000Z', revision: 3 }],
        },
      ],
      cursor: '17.abcd',
      hasMore: false,
    };
    expect(pullResponseSchema.parse(response)).toEqual(response);
  });
});

describe('upload metadata', () => {
  it('needs a hash, an allowed type and a size', () => {
    expect(uploadMetadataSchema.safeParse({ sha256: 'a'.repeat(64), mime: 'image/jpeg', size: '1024' }).success).toBe(true);
    expect(uploadMetadataSchema.safeParse({ sha256: 'A'.repeat(64), mime: 'image/jpeg', size: '1024' }).success).toBe(false);
    expect(uploadMetadataSchema.safeParse({ sha256: 'a'.repeat(64), mime: 'text/html', size: '1024' }).success).toBe(false);
    expect(uploadMetadataSchema.safeParse({ sha256: 'a'.repeat(64), mime: 'image/png', size: '0' }).success).toBe(false);
  });
});
