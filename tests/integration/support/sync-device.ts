import { randomInt, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { validCitizen } from '../../../src/domain/citizen/citizen-fixtures';
import { createHlc, type HlcClock } from '../../../src/shared/hlc';
import {
  PROTOCOL_VERSION, pullResponseSchema, pushResponseSchema, type Change, type Fields, type Mutation, type PullResponse,
  type PushResponse,
} from '../../../src/shared/protocol';
import { bearer, signInAs } from '../../../src/server/testing/test-app';

/**
 * A device as the sync protocol sees it: an outbox sequence (mutation ids), an HLC clock named after the
 * device, an access token. It talks to a real Fastify app through `inject`, and checks every answer
 * against the protocol schemas, as the real client must.
 */
export type SyncDevice = {
  deviceId: string;
  token: string;
  clock: HlcClock;
  /** The next mutation, stamped now, with the next outbox id. */
  mutation(entity: Mutation['entity'], entityId: string, fields: Fields, options?: MutationOptions): Mutation;
  push(mutations: Mutation[], options?: { gzip?: boolean }): Promise<PushResponse>;
  pushRaw(body: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  pull(cursor: string, limit?: number): Promise<PullResponse>;
  /** Pulls page after page until hasMore is false. */
  pullAll(cursor?: string, limit?: number): Promise<{ changes: Change[]; cursor: string; pages: number }>;
};

export type MutationOptions = Partial<Pick<Mutation, 'op' | 'baseRevision'>> & {
  /** The device's wall clock for the stamp (default now): how tests order edits of two devices. */
  at?: number;
};

export async function connectDevice(app: FastifyInstance, username: string, deviceId = `tablet-${randomUUID()}`): Promise<SyncDevice> {
  const session = await signInAs(app, username, deviceId);
  const clock = createHlc(deviceId);
  let nextMutationId = 1;
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload: body as Record<string, unknown>, headers: { ...bearer(session.accessToken), ...headers } });

  const device: SyncDevice = {
    deviceId,
    token: session.accessToken,
    clock,
    mutation: (entity, entityId, fields, options = {}) => ({
      mutationId: nextMutationId++,
      entity,
      entityId,
      op: options.op ?? 'upsert',
      baseRevision: options.baseRevision ?? 0,
      hlc: clock.tick(options.at),
      fields,
    }),
    async push(mutations, options = {}) {
      const body = { protocolVersion: PROTOCOL_VERSION, deviceId, mutations };
      const response = options.gzip
        ? await app.inject({
            method: 'POST',
            url: '/api/v1/sync/push',
            payload: gzipSync(JSON.stringify(body)),
            headers: { ...bearer(session.accessToken), 'content-type': 'application/json', 'content-encoding': 'gzip' },
          })
        : await post('/api/v1/sync/push', body);
      if (response.statusCode !== 200) throw new Error(`push failed: ${response.statusCode} ${response.body}`);
      return pushResponseSchema.parse(response.json());
    },
    pushRaw: (body, headers) => post('/api/v1/sync/push', body, headers),
    async pull(cursor, limit) {
      const response = await post('/api/v1/sync/pull', { protocolVersion: PROTOCOL_VERSION, cursor, ...(limit ? { limit } : {}) });
      if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
      return pullResponseSchema.parse(response.json());
    },
    async pullAll(cursor = '', limit) {
      const changes: Change[] = [];
      let pages = 0;
      for (;;) {
        const page = await device.pull(cursor, limit);
        pages += 1;
        changes.push(...page.changes);
        cursor = page.cursor;
        if (!page.hasMore) return { changes, cursor, pages };
      }
    },
  };
  return device;
}

const issued = new Set<string>();

/** A 12-digit CCCD that fits the fixture citizen (Thanh Hóa, woman born 1995), different each call. */
export function newCitizenIdNumber(): string {
  for (;;) {
    const idNumber = `038195${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    if (issued.has(idNumber)) continue;
    issued.add(idNumber);
    return idNumber;
  }
}

/** A valid citizen of Xã Bá Thước (14923) without photos, as a device would push it. */
export function citizenFields(overrides: Fields = {}): Fields {
  const { id: _id, ...fields } = validCitizen();
  return { ...fields, photos: {}, citizenId: newCitizenIdNumber(), ...overrides };
}

export const addressIn = (communeCode: string, provinceCode = '38'): Fields['address'] => ({
  provinceCode,
  communeCode,
  villageId: randomUUID(),
});
