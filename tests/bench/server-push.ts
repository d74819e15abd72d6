// `npm run bench:server` (issue 9 §7): push throughput and latency of the real server with 50 devices
// pushing batches of citizen mutations at once, on SQLite and (with BENCH_DATABASE_URL or
// TEST_DATABASE_URL) PostgreSQL. Bounded: BATCHES per device, and stops after TIME_LIMIT_MS.
// The load runs in this process, over HTTP on 127.0.0.1, with the server in the same process.
import { randomUUID } from 'node:crypto';
import { validCitizen } from '../../src/domain/citizen/citizen-fixtures';
import { createHlc } from '../../src/shared/hlc';
import { PROTOCOL_VERSION, type Mutation } from '../../src/shared/protocol';
import { benchDatabases, BENCH_PASSWORD, startBenchServer, type BenchDatabase } from './support/bench-server';
import { report, type Figures } from './support/results';

const DEVICES = 50;
const BATCHES = Number(process.env.BENCH_SERVER_BATCHES ?? 8);
const BATCH_SIZE = 50;
const TIME_LIMIT_MS = 120_000;

let nextCitizenNumber = 600_000;

function citizenMutation(mutationId: number, hlc: string): Mutation {
  const { id: _id, photos: _photos, ...fields } = validCitizen();
  return {
    mutationId, entity: 'citizen', entityId: randomUUID(), op: 'upsert', baseRevision: 0, hlc,
    fields: { ...fields, photos: {}, citizenId: `038195${String(nextCitizenNumber++).padStart(6, '0')}`, address: { provinceCode: '38', communeCode: '14923', villageId: randomUUID() } },
  };
}

async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as unknown;
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

async function measure(database: BenchDatabase): Promise<Figures> {
  const server = await startBenchServer(database, '.tmp/bench/browser-dist');
  const api = `http://127.0.0.1:${server.port}/api/v1`;
  try {
    const devices = await Promise.all(Array.from({ length: DEVICES }, async (_, i) => {
      const deviceId = `bench-device-${i}-${randomUUID().slice(0, 8)}`;
      const session = (await post(`${api}/auth/sign-in`, { username: 'canbo.bathuoc', password: BENCH_PASSWORD, deviceId })) as { accessToken: string };
      return { deviceId, token: session.accessToken, clock: createHlc(deviceId), nextMutationId: 1 };
    }));
    const latencies: number[] = [];
    let applied = 0;
    const started = performance.now();
    await Promise.all(devices.map(async (device) => {
      for (let b = 0; b < BATCHES && performance.now() - started < TIME_LIMIT_MS; b++) {
        const mutations = Array.from({ length: BATCH_SIZE }, () => citizenMutation(device.nextMutationId++, device.clock.tick()));
        const sent = performance.now();
        const result = (await post(`${api}/sync/push`, { protocolVersion: PROTOCOL_VERSION, deviceId: device.deviceId, mutations }, device.token)) as { results: Array<{ status: string }> };
        latencies.push(performance.now() - sent);
        applied += result.results.filter((r) => r.status === 'applied').length;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const prefix = `server.${database.name}`;
    console.log(`[${database.name}] ${latencies.length} batches of ${BATCH_SIZE} from ${DEVICES} devices in ${seconds.toFixed(1)} s; ${applied} applied`);
    return {
      [`${prefix}.pushMutationsPerSecond`]: (latencies.length * BATCH_SIZE) / seconds,
      [`${prefix}.pushBatchP50Ms`]: percentile(latencies, 50),
      [`${prefix}.pushBatchP99Ms`]: percentile(latencies, 99),
      [`${prefix}.pushApplied`]: applied,
    };
  } finally {
    await server.close();
  }
}

const figures: Figures = {};
for (const database of benchDatabases()) Object.assign(figures, await measure(database));
report(figures, { server: `${DEVICES} devices × up to ${BATCHES} batches of ${BATCH_SIZE} new-citizen mutations, concurrently, in one Node process with the server` });
