import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citizen } from '../../../src/domain/citizen/citizen-schema';
import { createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { connectClientDevice, type ClientDevice } from '../support/client-device';
import { FaultyNetwork } from '../support/faulty-network';
import { citizenFields, connectDevice } from '../support/sync-device';

// Issue 5: "an empty incremental sync is one round trip". The real client engine (push, paged pull with the
// next page requested while one is stored, catalog and settings by tag) against the real server, counting requests.
export function describeSyncRoundTrips(factory: TestDatabaseFactory): void {
  describe(`sync round trips (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let network: FaultyNetwork;
    let a: ClientDevice;
    let b: ClientDevice;
    const realFetch = globalThis.fetch;

    const requestsOf = async (device: ClientDevice): Promise<{ ok: boolean; requests: number }> => {
      const before = network.counts.requests;
      const ok = await device.sync();
      return { ok, requests: network.counts.requests - before };
    };

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      network = new FaultyNetwork({ app: () => t.app, restart: () => Promise.reject(new Error('no restarts here')) });
      globalThis.fetch = network.fetch;
      a = await connectClientDevice(t.app, network, 'canbo.bathuoc', `round-trips-a-${randomUUID()}`);
      b = await connectClientDevice(t.app, network, 'canbo.bathuoc', `round-trips-b-${randomUUID()}`);
    });
    afterAll(async () => {
      globalThis.fetch = realFetch;
      await a?.dispose();
      await b?.dispose();
      await t?.close();
      await database?.destroy();
    });

    it('takes the catalog once, then syncs with nothing new in one request', async () => {
      const first = await requestsOf(a);
      expect(first.ok).toBe(true);
      // The pull, then the catalog and the settings this device has never had.
      expect(first.requests).toBe(3);
      expect(await a.db.catalogs.count()).toBeGreaterThan(0);

      expect(await requestsOf(a)).toEqual({ ok: true, requests: 1 });
    });

    it('brings another device’s change in that one request, and pushes its own in one more', async () => {
      await requestsOf(b);
      const citizen = { ...citizenFields(), id: randomUUID() } as Citizen;
      await b.edit(citizen);
      expect(await requestsOf(b)).toEqual({ ok: true, requests: 2 }); // push + pull

      expect(await requestsOf(a)).toEqual({ ok: true, requests: 1 });
      expect((await a.citizen(citizen.id))?.data.fullName).toBe(citizen.fullName);
    });

    it('pulls many pages in order, the next one requested while one is stored', async () => {
      // 1,200 more people in the commune, pushed by a tablet speaking the protocol directly (fast): the
      // first page holds 1,000, and the second is on the wire while the first is stored.
      const tablet = await connectDevice(t.app, 'canbo.bathuoc');
      for (let batch = 0; batch < 3; batch++) {
        const mutations = Array.from({ length: 400 }, () => tablet.mutation('citizen', randomUUID(), citizenFields()));
        const { results } = await tablet.push(mutations);
        expect(results.every((r) => r.status === 'applied')).toBe(true);
      }

      const fresh = await connectClientDevice(t.app, network, 'canbo.bathuoc', `round-trips-c-${randomUUID()}`);
      try {
        const result = await requestsOf(fresh);
        expect(result.ok).toBe(true);
        expect(await fresh.db.citizens.count()).toBe(1201);
        // Two pull pages, the catalog and the settings.
        expect(result.requests).toBe(4);
        expect(await requestsOf(fresh)).toEqual({ ok: true, requests: 1 });
      } finally {
        await fresh.dispose();
      }
    }, 120_000);
  });
}
