// The bench page: the app's real repositories and sync functions, driven from Node through
// `window.bench` (tests/bench/sync.ts, tests/bench/local-work.ts). Each call returns plain numbers.
import { CauNoiDatabase } from '../../../src/db/database';
import { storeAttachment } from '../../../src/db/attachments';
import { rememberNameTokens } from '../../../src/db/citizen-index';
import { saveCitizen, sealCitizen, searchCitizens } from '../../../src/db/citizens';
import { submitDossier } from '../../../src/db/dossiers';
import { CATALOG_VERSION } from '../../../src/domain/catalog/catalog-data';
import { nextHlc } from '../../../src/db/clock';
import { workspaceKey, type CitizenRecord } from '../../../src/db/records';
import { citizenSchema, type Citizen } from '../../../src/domain/citizen/citizen-schema';
import { validCitizen } from '../../../src/domain/citizen/citizen-fixtures';
import { nameTokens } from '../../../src/domain/text/normalize';
import { compressImage } from '../../../src/lib/image/compress-image';
import { applyServerChanges } from '../../../src/sync/apply-server-changes';
import type { PulledChange } from '../../../src/sync/protocol-client';
import { pullServerChanges } from '../../../src/sync/pull-server-changes';
import { pushOutbox } from '../../../src/sync/push-outbox';
import { ensureAccessToken, signInOnline } from '../../../src/sync/session-api';
import { syncOnce } from '../../../src/sync/sync-once';
import { uploadPendingAttachments } from '../../../src/sync/upload-pending-attachments';
import { openTestWorkspace } from '../../../src/testing/workspace-keys';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Hà', 'Lò', 'Cầm', 'Vi', 'Lường', 'Đinh', 'Bùi', 'Sầm', 'Mùa', 'Giàng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu', 'Hữu', 'Kim'];
const GIVEN = ['An', 'Bình', 'Xuân', 'Lan', 'Hùng', 'Mai', 'Tâm', 'Sơn', 'Hải', 'Phương', 'Thảo', 'Dũng', 'Hương', 'Khánh', 'Lực', 'Nga', 'Quý', 'Tuấn', 'Yến', 'Chiến', 'Pằng', 'Súa', 'Dính', 'Chứ'];

const databases = new Map<string, CauNoiDatabase>();
const users = new Map<string, string>();

function database(name: string): CauNoiDatabase {
  let db = databases.get(name);
  if (!db) {
    db = new CauNoiDatabase(name);
    databases.set(name, db);
  }
  return db;
}

const userOf = (dbName: string): string => {
  const userId = users.get(dbName);
  if (!userId) throw new Error(`no user for ${dbName}`);
  return userId;
};

const uuid = (): string => crypto.randomUUID();

/** A valid citizen of `communeCode`, numbered so that its CCCD is unique across the run. */
function makeCitizen(n: number, communeCode: string): Citizen {
  const { photos: _photos, ...base } = validCitizen();
  const fullName = `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n >> 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;
  return citizenSchema.parse({
    ...base,
    id: uuid(),
    fullName,
    citizenId: `038195${String(n % 1_000_000).padStart(6, '0')}`,
    phone: `+84 9${String(10_000_000 + n).slice(-8)}`,
    photos: {},
    address: { provinceCode: '38', communeCode, villageId: uuid() },
  });
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const bench = {
  /** Signs `username` in on a fresh device database (the real online sign-in). */
  async signIn(dbName: string, username: string, password: string): Promise<string> {
    const { profile } = await signInOnline(database(dbName), username, password);
    users.set(dbName, profile.userId);
    return profile.userId;
  },

  /** A workspace with a random key and no server, for local work. */
  async openLocal(dbName: string, userId: string): Promise<void> {
    await openTestWorkspace(userId);
    users.set(dbName, userId);
  },

  /** Registers citizens through the real repository (record + outbox entry, strict durability). */
  async seedCitizens(dbName: string, count: number, firstNumber: number, communeCode: string, concurrency = 16): Promise<number> {
    const db = database(dbName);
    const ownerUserId = userOf(dbName);
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = firstNumber + next++;
        await saveCitizen(db, { ownerUserId, citizen: makeCitizen(n, communeCode), hlc: await nextHlc(db) });
      }
    }));
    return performance.now() - started;
  },

  /**
   * Submits `count` dossiers (a marital status certificate) for the workspace's first citizens, each with
   * two distinct photos of `photoBytes` (random bytes behind a JPEG header: incompressible, like a real
   * photo), through the real repositories (encrypted attachments, dossier + outbox in one transaction).
   */
  async seedDossiers(dbName: string, count: number, photoBytes: number): Promise<number> {
    const db = database(dbName);
    const ownerUserId = userOf(dbName);
    const started = performance.now();
    const citizens = await db.citizens.where('ownerUserId').equals(ownerUserId).limit(count).primaryKeys();
    if (citizens.length < count) throw new Error(`only ${citizens.length} citizens for ${count} dossiers`);
    const photo = async () => {
      const bytes = new Uint8Array(photoBytes);
      for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, Math.min(bytes.length, i + 65_536)));
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      return storeAttachment(db, ownerUserId, new Blob([bytes], { type: 'image/jpeg' }));
    };
    for (const key of citizens) {
      const citizenId = key.slice(ownerUserId.length + 1);
      const [form, idCard] = [await photo(), await photo()];
      await submitDossier(db, {
        ownerUserId, id: uuid(), draftId: uuid(), hlc: await nextHlc(db),
        dossier: {
          citizenId, procedureCode: '1.004873', catalogVersion: CATALOG_VERSION, communeCode: '14923',
          answers: { subject: citizenId, maritalStatus: 'single', purpose: 'other', purposeDetail: 'Vay vốn ngân hàng chính sách' },
          persons: {}, documents: { requestForm: [form], subjectId: [idCard] },
          confirmation: { method: 'witness', witnessName: 'Hà Văn Lả', confirmedAt: new Date().toISOString() },
          fee: { amount: null, verified: false }, resultDue: null,
        },
      });
    }
    return performance.now() - started;
  },

  /** The photo upload step of a sync (one "which are missing?" request, then tus uploads). */
  async upload(dbName: string): Promise<{ ms: number; files: number; bytes: number }> {
    const db = database(dbName);
    const userId = userOf(dbName);
    const waiting = await db.attachments.where('ownerUserId').equals(userId).filter((a) => a.uploaded === 0).toArray();
    const started = performance.now();
    await uploadPendingAttachments(db, userId, () => ensureAccessToken(db, userId));
    const ms = performance.now() - started;
    const left = await db.attachments.where('ownerUserId').equals(userId).filter((a) => a.uploaded === 0).count();
    if (left > 0) throw new Error(`${left} photos still waiting after the upload`);
    return { ms, files: waiting.length, bytes: waiting.reduce((sum, a) => sum + a.size, 0) };
  },

  async push(dbName: string): Promise<{ ms: number; pending: number }> {
    const db = database(dbName);
    const userId = userOf(dbName);
    const pending = await db.outbox.where('ownerUserId').equals(userId).filter((e) => e.state === 'pending').count();
    const started = performance.now();
    await pushOutbox(db, userId, () => ensureAccessToken(db, userId));
    const ms = performance.now() - started;
    const left = await db.outbox.where('ownerUserId').equals(userId).filter((e) => e.state === 'pending').count();
    if (left > 0) throw new Error(`${left} mutations still pending after push`);
    return { ms, pending };
  },

  async pull(dbName: string): Promise<{ ms: number; received: number }> {
    const db = database(dbName);
    const userId = userOf(dbName);
    const started = performance.now();
    const { received } = await pullServerChanges(db, userId, () => ensureAccessToken(db, userId));
    return { ms: performance.now() - started, received };
  },

  /** The app's whole sync (photos, push, pull, catalog), when there is nothing to do. */
  async syncOnce(dbName: string): Promise<number> {
    const db = database(dbName);
    const started = performance.now();
    await syncOnce(db, userOf(dbName));
    return performance.now() - started;
  },

  async countCitizens(dbName: string): Promise<number> {
    return database(dbName).citizens.count();
  },

  /** Milliseconds of each of `count` sequential saves of a new citizen with its outbox entry. */
  async saveLatencies(dbName: string, count: number, firstNumber: number): Promise<{ p50: number; p95: number; max: number }> {
    const db = database(dbName);
    const ownerUserId = userOf(dbName);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const citizen = makeCitizen(firstNumber + i, '14923');
      const started = performance.now();
      await saveCitizen(db, { ownerUserId, citizen, hlc: await nextHlc(db) });
      times.push(performance.now() - started);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
  },

  /** Builds `count` pulled changes as the server sends them (done before timing). */
  buildChanges(count: number, firstNumber: number): number {
    pendingChanges = Array.from({ length: count }, (_, i): PulledChange => {
      const { id, ...fields } = makeCitizen(firstNumber + i, '14923');
      return { entity: 'citizen', entityId: id, revision: 1, seq: i + 1, deleted: false, fields: { ...fields }, fieldClocks: {} };
    });
    return pendingChanges.length;
  },

  /** The pull path: applyServerChanges, one page (and its cursor) per transaction. */
  async importChanges(dbName: string, pageSize: number): Promise<number> {
    const db = database(dbName);
    const userId = userOf(dbName);
    const started = performance.now();
    for (let i = 0; i < pendingChanges.length; i += pageSize) {
      await applyServerChanges(db, userId, pendingChanges.slice(i, i + pageSize), `bench-${i + pageSize}`);
    }
    return performance.now() - started;
  },

  /** Fills a workspace fast: the real sealCitizen (encryption, blind indexes) and token list, then bulkPut. */
  async seedSealed(dbName: string, count: number, firstNumber: number, chunk = 2000): Promise<number> {
    const db = database(dbName);
    const ownerUserId = userOf(dbName);
    const started = performance.now();
    const now = new Date().toISOString();
    for (let i = 0; i < count; i += chunk) {
      const people = Array.from({ length: Math.min(chunk, count - i) }, (_, j) => makeCitizen(firstNumber + i + j, '14923'));
      await rememberNameTokens(db, ownerUserId, people.flatMap((data) => nameTokens(data.fullName)));
      const records: CitizenRecord[] = await Promise.all(people.map((data) => sealCitizen({
        key: workspaceKey(ownerUserId, data.id), id: data.id, ownerUserId, communeCode: '',
        revision: 1, syncState: 'sent', createdAt: now, updatedAt: now, data,
      })));
      await db.citizens.bulkPut(records);
    }
    return performance.now() - started;
  },

  async searchLatencies(dbName: string, queries: string[], rounds: number): Promise<{ p50: number; p95: number; max: number; hits: number }> {
    const db = database(dbName);
    const userId = userOf(dbName);
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        const started = performance.now();
        hits += (await searchCitizens(db, userId, query)).length;
        times.push(performance.now() - started);
      }
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), hits };
  },

  /** A 12-megapixel photo-like JPEG (gradients and noise), made before any timing. */
  async makePhoto(width = 4000, height = 3000): Promise<number> {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#5a7d3a');
    gradient.addColorStop(0.5, '#c8b98a');
    gradient.addColorStop(1, '#2b4f6e');
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
    // Noise like a phone sensor's, so the JPEG is as large as a real one (several MB).
    const tile = context.createImageData(512, 512);
    for (let i = 0; i < tile.data.length; i += 4) {
      const v = Math.random() * 90;
      tile.data[i] = v; tile.data[i + 1] = v * 0.8; tile.data[i + 2] = v * 0.6; tile.data[i + 3] = 70;
    }
    const tileCanvas = new OffscreenCanvas(512, 512);
    tileCanvas.getContext('2d')!.putImageData(tile, 0, 0);
    for (let y = 0; y < height; y += 512) for (let x = 0; x < width; x += 512) context.drawImage(tileCanvas, x, y);
    photo = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    return photo.size;
  },

  /** Compresses the photo with the app's worker, recording main-thread long tasks meanwhile. */
  async compressPhoto(): Promise<{ ms: number; width: number; height: number; bytes: number; longTasks: number[] }> {
    if (!photo) throw new Error('makePhoto first');
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const started = performance.now();
    const result = await compressImage(photo);
    const ms = performance.now() - started;
    // Let the observer deliver the last entries.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { ms, width: result.width, height: result.height, bytes: result.blob.size, longTasks };
  },
};

let pendingChanges: PulledChange[] = [];
let photo: Blob | undefined;

export type BenchApi = typeof bench;
Object.assign(window, { bench });
document.getElementById('status')!.textContent = 'ready';
