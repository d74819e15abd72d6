import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../reconcile/canonical-json';
import { PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from './protocol-version';
import { pullRequestSchema, pullResponseSchema } from './pull';
import { pushRequestSchema, pushResponseSchema } from './push';
import { missingBlobsRequestSchema, missingBlobsResponseSchema, uploadMetadataSchema } from './upload';

// A wire change must not ship without a new protocol version (rocicorp/mono zero-protocol does the same).
// When this test fails because you changed a schema: bump PROTOCOL_VERSION, add a dated line to the history
// in protocol-version.ts, and add the new version's hash below. Never edit a recorded hash: versions that
// shipped are in devices in the field. (A zod upgrade that changes the generated JSON Schema also lands
// here: check that the wire format did not change, and record it as a new version if it did.)
const RECORDED_HASHES: Record<number, string> = {
  1: 'b41a9dfa26fdf0bd2bc54b5a12f7404a852e444b1d87597c563e17c591fd5174',
  2: 'd809c7c152647ad2bf787d47d235383dd8b9373a72f53d04d27ca10484a21b59',
};

const WIRE_SCHEMAS = {
  pushRequest: pushRequestSchema,
  pushResponse: pushResponseSchema,
  pullRequest: pullRequestSchema,
  pullResponse: pullResponseSchema,
  uploadMetadata: uploadMetadataSchema,
  missingBlobsRequest: missingBlobsRequestSchema,
  missingBlobsResponse: missingBlobsResponseSchema,
};

function protocolHash(): string {
  const schemas = Object.fromEntries(Object.entries(WIRE_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]));
  return createHash('sha256').update(canonicalJson(schemas)).digest('hex');
}

describe('protocol version', () => {
  it('matches the schemas: bump PROTOCOL_VERSION and record the hash when they change', () => {
    expect(protocolHash(), `schemas changed: bump PROTOCOL_VERSION (now ${PROTOCOL_VERSION}) and record the new hash`).toBe(
      RECORDED_HASHES[PROTOCOL_VERSION],
    );
  });

  it('has one hash per version, none reused', () => {
    const hashes = Object.values(RECORDED_HASHES);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(Math.max(...Object.keys(RECORDED_HASHES).map(Number))).toBe(PROTOCOL_VERSION);
  });

  it('is spoken by the server', () => {
    expect(SUPPORTED_PROTOCOL_VERSIONS).toContain(PROTOCOL_VERSION);
  });
});
