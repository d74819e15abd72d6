import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../../src/server/db/schema';
import { pushResultSchema, type HistoryEntry, type PushResult } from '../../../src/shared/protocol';
import type { OutboxView } from '../../../src/db/types';
import type { ClientDevice } from './client-device';

export type ServerCitizen = {
  id: string;
  revision: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  fieldClocks: Record<string, string>;
  history: HistoryEntry[];
};

type Write = OutboxView & { deviceId: string; revision: number | undefined };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The invariants of one model run, after every device synced with no faults:
 * 1. exactly once: every (device, mutation) the devices queued was answered and recorded once, nothing else;
 * 2. revisions: each record's revisions 1..n were each made by one mutation, and the log points at the last;
 * 3. convergence: every device holds the server's record (fields, revision, conflicts), nothing left queued;
 * 4. nothing lost: for each field the latest write by HLC is the value, and every other value written
 *    either was known to the device that overwrote it (its own, pulled, or typed the same), or is in history.
 */
export async function checkAfterRun(db: Kysely<Database>, devices: ClientDevice[], server: ServerCitizen[], slotIds: string[]): Promise<{ mutations: number }> {
  expect(server.map((c) => c.id).filter((id) => !slotIds.includes(id)), 'citizens nobody created').toEqual([]);
  expect(server.filter((c) => c.deleted)).toEqual([]);
  expect(await db.selectFrom('citizen_links').selectAll().execute(), 'links between one person').toEqual([]);

  // 1. Exactly once.
  const rows = await db.selectFrom('mutation_results').select(['device_id', 'mutation_id', 'result']).execute();
  const results = new Map<string, PushResult>();
  for (const row of rows) {
    const key = `${row.device_id}:${row.mutation_id}`;
    expect(results.has(key), `result recorded twice: ${key}`).toBe(false);
    results.set(key, pushResultSchema.parse(JSON.parse(row.result)));
  }
  const writes: Write[] = [];
  for (const device of devices) {
    for (const entry of await device.outbox()) {
      const key = `${entry.deviceId ?? device.deviceId}:${entry.mutationId}`;
      expect(entry.state, `${device.name} outbox ${key} ${JSON.stringify(entry.error)}`).toBe('done');
      const result = results.get(key);
      expect(result, `acknowledged but not recorded: ${key}`).toBeDefined();
      expect(result).toMatchObject({ status: 'applied', entityId: entry.entityId });
      writes.push({ ...entry, deviceId: device.deviceId, revision: result!.revision });
    }
  }
  expect(results.size, 'results recorded for mutations no device queued').toBe(writes.length);

  for (const citizen of server) {
    // 2. Revisions.
    const own = writes.filter((w) => w.entityId === citizen.id);
    const revisions = [...new Set(own.map((w) => w.revision))].sort((a, b) => a! - b!);
    expect(revisions, `revisions of ${citizen.id}`).toEqual(Array.from({ length: citizen.revision }, (_, i) => i + 1));
    const log = await db.selectFrom('change_log').select(['revision']).where('entity_id', '=', citizen.id).execute();
    expect(log, `change log of ${citizen.id}`).toEqual([{ revision: citizen.revision }]);

    // 3. Convergence.
    for (const device of devices) {
      const local = await device.citizen(citizen.id);
      expect(local, `${device.name} lacks ${citizen.id}`).toBeDefined();
      const { id: _id, ...data } = local!.data;
      expect(data, `${device.name} fields of ${citizen.id}`).toEqual(citizen.fields);
      expect(local!.revision, `${device.name} revision of ${citizen.id}`).toBe(citizen.revision);
      expect(local!.syncState).toBe('sent');
      expect((local!.conflicts ?? []).map((c) => [c.field, c.value]), `${device.name} conflicts of ${citizen.id}`)
        .toEqual(citizen.history.map((h) => [h.field, h.value]));
    }

    // 4. Nothing lost.
    for (const field of new Set(own.flatMap((w) => Object.keys(w.fields)))) {
      const onField = own.filter((w) => field in w.fields).sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
      const winner = onField.at(-1)!;
      expect(citizen.fields[field], `${field} of ${citizen.id}: the latest write by HLC`).toEqual(winner.fields[field]);
      expect(citizen.fieldClocks[field]).toBe(winner.hlc);
      for (const w of onField) {
        const value = w.fields[field];
        if (same(value, citizen.fields[field])) continue;
        if (citizen.history.some((h) => h.field === field && same(h.value, value))) continue;
        // The device that overwrote it had this value (from any write of it): typed on that device, or pulled
        // (its base revision includes that write). Then the value was replaced knowingly, not lost.
        const carriers = onField.filter((c) => same(c.fields[field], value));
        const hadValue = (later: Write) =>
          carriers.some((c) => (c.deviceId === later.deviceId && c.hlc <= later.hlc) || later.baseRevision >= c.revision!);
        const supersededKnowingly = onField.some((later) => later.hlc > w.hlc && hadValue(later));
        expect(supersededKnowingly, `${field}=${JSON.stringify(value)} by ${w.deviceId}#${w.mutationId} dropped silently from ${citizen.id}`).toBe(true);
      }
    }
  }
  for (const device of devices) {
    for (const id of slotIds) {
      if (!server.some((c) => c.id === id)) expect(await device.citizen(id), `${device.name} holds ${id}, unknown to the server`).toBeUndefined();
    }
  }
  return { mutations: writes.length };
}
