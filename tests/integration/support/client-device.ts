import type { FastifyInstance } from 'fastify';
import { getCitizen, saveCitizen } from '../../../src/db/citizens';
import { nextHlc } from '../../../src/db/clock';
import { CauNoiDatabase } from '../../../src/db/database';
import { getDeviceIdentity } from '../../../src/db/device';
import { dropWorkspaceKeys } from '../../../src/db/keyring';
import { openOutboxEntries } from '../../../src/db/outbox';
import type { CitizenView } from '../../../src/db/records';
import type { Citizen } from '../../../src/domain/citizen/citizen-schema';
import type { OutboxView } from '../../../src/db/types';
import { ApiError } from '../../../src/lib/api';
import { pullCatalog } from '../../../src/sync/pull-catalog';
import { pullDeviceSettings } from '../../../src/sync/pull-device-settings';
import { pullServerChanges } from '../../../src/sync/pull-server-changes';
import { pushOutbox } from '../../../src/sync/push-outbox';
import { openTestWorkspace } from '../../../src/testing/workspace-keys';
import { signInAs } from '../../../src/server/testing/test-app';
import type { FaultyNetwork } from './faulty-network';

/**
 * A device running the REAL client engine (src/db + src/sync) on fake-indexeddb: its own Dexie database,
 * its own device id in meta, its own unlocked workspace, and a session for that device id on the server.
 * Needs `fake-indexeddb/auto` and `globalThis.fetch = network.fetch` in the caller.
 */
export type ClientDevice = {
  name: string;
  userId: string;
  deviceId: string;
  db: CauNoiDatabase;
  /** Saves a citizen through `saveCitizen` (record and outbox entry in one transaction); the new entry, if any. */
  edit(citizen: Citizen): Promise<OutboxView | undefined>;
  citizen(id: string): Promise<CitizenView | undefined>;
  /** Push, pull, then the catalog and settings if their tags changed, as `syncOnce` does; false when the network failed (everything stays queued). */
  sync(): Promise<boolean>;
  outbox(): Promise<OutboxView[]>;
  dispose(): Promise<void>;
};

export async function connectClientDevice(app: FastifyInstance, network: FaultyNetwork, username: string, name: string): Promise<ClientDevice> {
  const db = new CauNoiDatabase(name);
  await db.open();
  const { deviceId } = await getDeviceIdentity(db);
  const session = await signInAs(app, username, deviceId);
  const userId = session.user.id;
  await openTestWorkspace(userId);
  // The access token stays valid across server restarts (same secret): the session outlives the process.
  const token = () => Promise.resolve(session.accessToken);

  const outbox = async () => openOutboxEntries(await db.outbox.orderBy('seq').toArray());
  return {
    name, userId, deviceId, db, outbox,
    async edit(citizen) {
      const before = await db.outbox.count();
      await saveCitizen(db, { ownerUserId: userId, citizen, hlc: await nextHlc(db) });
      return (await db.outbox.count()) > before ? (await outbox()).at(-1) : undefined;
    },
    citizen: (id) => getCitizen(db, userId, id),
    async sync() {
      network.caller = deviceId;
      try {
        await pushOutbox(db, userId, token);
        const pulled = await pullServerChanges(db, userId, token);
        await pullCatalog(db, userId, pulled.resources?.catalog);
        await pullDeviceSettings(db, token, pulled.resources?.settings);
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.isNetwork) return false;
        throw error;
      } finally {
        network.clearPlan();
      }
    },
    async dispose() {
      db.close();
      await db.delete();
      dropWorkspaceKeys(userId);
    },
  };
}
