import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citizen } from '../../../src/domain/citizen/citizen-schema';
import { buildApp } from '../../../src/server/app';
import {
  createTestApp, createTestUser, FAST_PASSWORD_HASH, TEST_JWT_SECRET, type TestApp,
} from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { connectClientDevice, type ClientDevice } from '../support/client-device';
import { FAULTS, FaultyNetwork, type Fault } from '../support/faulty-network';
import { citizenFields } from '../support/sync-device';
import { checkAfterRun, type ServerCitizen } from '../support/sync-model-checks';

// A model-based test of sync (issue 5): random sequences of edits on three devices running the real client
// engine, devices going offline, requests and answers lost, requests duplicated, held back and delivered
// late (reordered), the server restarted around a commit. After every run: what the server acknowledged
// is there exactly once, and after a clean sync every device holds the server's state with nothing lost.

const USERS = ['canbo.bathuoc', 'quantri', 'canbo.model'] as const;
const SLOTS = 3;
const NAMES = ['Hà Thị Xuân', 'Lò Thị Mai', 'Hà Thị Lan Anh', 'Phạm Thị Hoa'];
const PHONES = ['+84 912 345 678', '0987654321', '0388 123 456'];
const LANGUAGES = ['vi', 'tmm', 'mtq'] as const;

type Changes = Partial<Pick<Citizen, 'fullName' | 'phone' | 'preferredLanguage'>>;
type Step =
  | { kind: 'edit'; device: number; slot: number; changes: Changes }
  | { kind: 'offline' | 'online'; device: number }
  | { kind: 'sync'; device: number; faults: Fault[] }
  | { kind: 'restart' }
  | { kind: 'deliverDelayed'; pick: number };

const device = fc.nat({ max: USERS.length - 1 });
const changes: fc.Arbitrary<Changes> = fc
  .record({ fullName: fc.constantFrom(...NAMES), phone: fc.constantFrom(...PHONES), preferredLanguage: fc.constantFrom(...LANGUAGES) }, { requiredKeys: [] })
  .filter((c) => Object.keys(c).length > 0);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, slot: fc.nat({ max: SLOTS - 1 }), changes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const), device }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), device, faults: fc.array(fc.constantFrom(...FAULTS), { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deliverDelayed' as const), pick: fc.nat({ max: 5 }) }) },
);
export const modelSteps = fc.array(step, { minLength: 2, maxLength: 30, size: 'medium' });

export function describeSyncModel(factory: TestDatabaseFactory, numRuns: number): void {
  describe(`sync model (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let app: FastifyInstance;
    let network: FaultyNetwork;
    let runs = 0;
    const totals = { steps: 0, requests: 0, faults: 0, restarts: 0, delivered: 0, mutations: 0 };
    const realFetch = globalThis.fetch;

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      app = t.app;
      await createTestUser(t.db, { username: 'canbo.model', communes: ['14923'] });
      network = new FaultyNetwork({
        app: () => app,
        // A new process on the same database: nothing survives but what was committed.
        async restart() {
          await app.close();
          app = await buildApp({
            db: database.db, dialect: database.dialect, dataDir: database.dataDir, staticDir: t.staticDir,
            jwtSecret: TEST_JWT_SECRET, rateLimit: false, passwordHashOptions: FAST_PASSWORD_HASH,
          });
          await app.ready();
        },
      });
      globalThis.fetch = network.fetch;
    });
    afterAll(async () => {
      globalThis.fetch = realFetch;
      if (app !== t?.app) await app?.close();
      await t?.close();
      await database?.destroy();
      console.info(`sync model (${factory.dialect}): ${runs} runs`, totals);
    });

    /** Each run starts from an empty sync state: only users, communes and villages stay. */
    async function clearSyncTables(): Promise<void> {
      await t.db.deleteFrom('citizen_links').execute();
      await t.db.deleteFrom('record_attachments').execute();
      await t.db.deleteFrom('change_log').execute();
      await t.db.deleteFrom('mutation_results').execute();
      await t.db.deleteFrom('device_mutations').execute();
      await t.db.deleteFrom('citizens').execute();
    }

    async function serverCitizens(): Promise<ServerCitizen[]> {
      const rows = await t.db.selectFrom('citizens').select(['id', 'revision', 'fields', 'field_clocks', 'history', 'deleted']).execute();
      return rows.map((r) => ({
        id: r.id, revision: r.revision, deleted: r.deleted === 1,
        fields: JSON.parse(r.fields) as Record<string, unknown>,
        fieldClocks: JSON.parse(r.field_clocks) as Record<string, string>,
        history: JSON.parse(r.history) as ServerCitizen['history'],
      }));
    }

    async function runModel(steps: Step[]): Promise<void> {
      runs += 1;
      await clearSyncTables();
      const run = randomUUID().slice(0, 8);
      const devices: ClientDevice[] = [];
      for (const [i, username] of USERS.entries()) devices.push(await connectClientDevice(app, network, username, `model-${run}-${i}`));
      // Every device that creates slot k creates the same person (same id, same ID number): concurrent
      // creation of one citizen on two tablets, then edits of its fields on all three.
      const slots = Array.from({ length: SLOTS }, () => ({ ...citizenFields(), id: randomUUID() }) as Citizen);
      try {
        for (const s of steps) {
          totals.steps += 1;
          const d = 'device' in s ? devices[s.device]! : undefined;
          switch (s.kind) {
            case 'edit': {
              const slot = slots[s.slot]!;
              const local = (await d!.citizen(slot.id))?.data;
              const before = local ?? slot;
              const entry = await d!.edit({ ...before, ...s.changes });
              // Every changed field is queued with the edit (habit 2): nothing typed is left out.
              const changed = Object.entries(s.changes).filter(([k, v]) => !local || JSON.stringify(local[k as keyof Citizen]) !== JSON.stringify(v));
              if (changed.length > 0) expect(entry?.fields).toMatchObject(Object.fromEntries(changed));
              else expect(entry).toBeUndefined();
              break;
            }
            case 'offline':
              network.offline.add(d!.deviceId);
              break;
            case 'online':
              network.offline.delete(d!.deviceId);
              break;
            case 'sync':
              network.planFaults(s.faults);
              await d!.sync();
              break;
            case 'restart':
              await network.restart();
              break;
            case 'deliverDelayed':
              await network.deliverDelayed(s.pick);
              break;
          }
        }
        // Before the clean sync: whatever the server acknowledged is there once (checked again after it).
        await network.deliverAllDelayed();
        network.offline.clear();
        // Two rounds: every device pushes, then every device pulls what the others pushed after it.
        for (let round = 0; round < 2; round += 1) {
          for (const dev of devices) expect(await dev.sync(), `${dev.name} clean sync`).toBe(true);
        }
        const stats = await checkAfterRun(t.db, devices, await serverCitizens(), slots.map((c) => c.id));
        totals.mutations += stats.mutations;
      } finally {
        for (const dev of devices) await dev.dispose();
      }
    }

    it(`keeps every acknowledged write exactly once and converges (${numRuns} runs)`, async () => {
      const started = Date.now();
      await fc.assert(fc.asyncProperty(modelSteps, runModel), { numRuns, endOnFailure: false });
      Object.assign(totals, {
        requests: network.counts.requests, faults: network.counts.faults, restarts: network.counts.restarts, delivered: network.counts.delivered,
        ms: Date.now() - started,
      });
    }, 600_000);
  });
}
