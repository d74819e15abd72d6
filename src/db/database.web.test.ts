import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CauNoiDatabase } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';

/** Opens a database with only the first `upTo` schema versions, as an older app release would. */
function openAtVersion(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const { version, stores } of SCHEMA_VERSIONS.filter((v) => v.version <= upTo)) db.version(version).stores(stores);
  return db;
}

describe('local database schema', () => {
  it('declares strictly increasing versions', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  it('upgrades a database written by version 1, with data, without losing anything', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openAtVersion(name, 1);
    await v1.open();
    await v1.table('meta').put({ key: 'install', value: { installId: 'abc', createdAt: '2026-01-01T00:00:00Z' } });
    await v1.table('drafts').put({ id: 'd1', ownerUserId: 'u1', kind: 'citizen', data: { fullName: 'Hà Thị Mai' }, createdAt: 'x', updatedAt: 'y' });
    await v1.table('outbox').add({ mutationId: 1, deviceId: 'dev-1', ownerUserId: 'u1', entity: 'citizen', op: 'upsert', entityId: 'c1', baseRevision: 0, hlc: 'h', fields: { a: 1 }, createdAt: 'x', state: 'pending', attempts: 0 });
    expect(v1.verno).toBe(1);
    v1.close();

    const latest = new CauNoiDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.meta.get('install')).toEqual({ key: 'install', value: { installId: 'abc', createdAt: '2026-01-01T00:00:00Z' } });
    expect(await latest.drafts.get('d1')).toMatchObject({ data: { fullName: 'Hà Thị Mai' } });
    const outbox = await latest.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ seq: 1, mutationId: 1, deviceId: 'dev-1', state: 'pending' });
    // Tables added by later versions exist and work.
    await latest.villages.put({ id: 'v1', communeCode: '14923', name: 'Thôn 1' });
    expect(await latest.villages.where('communeCode').equals('14923').count()).toBe(1);
    // The outbox index survived: pending work is still found the way the sync engine looks for it.
    expect(await latest.outbox.where('state').equals('pending').count()).toBe(1);
    latest.close();
  });
});
