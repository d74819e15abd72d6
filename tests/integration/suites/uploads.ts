import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Upload as TusUpload } from '@tus/server';
import * as tus from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { addressIn, citizenFields, connectDevice, type SyncDevice } from '../support/sync-device';
import { randomFile, tusClient, type TestFile, type TusClient } from '../support/tus-client';

const MAX_UPLOAD = 1024 * 1024;

export function describeUploads(factory: TestDatabaseFactory): void {
  describe(`attachments: tus uploads and blobs (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let base: string;
    let bathuoc: SyncDevice;
    let thietong: SyncDevice;
    let admin: SyncDevice;
    let upBathuoc: TusClient;
    let upThietong: TusClient;

    const blob = (sha256: string, device: SyncDevice, method: 'GET' | 'HEAD' = 'GET') =>
      fetch(`${base}/api/v1/blobs/${sha256}`, { method, headers: { authorization: `Bearer ${device.token}` } });
    const uploadWhole = async (client: TusClient, file: TestFile) => {
      const url = await client.start(file);
      const response = await client.patch(url, 0, file.bytes);
      expect(response.status).toBe(204);
      return url;
    };

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database, { maxUploadBytes: MAX_UPLOAD });
      base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      bathuoc = await connectDevice(t.app, 'canbo.bathuoc');
      thietong = await connectDevice(t.app, 'canbo.thietong');
      admin = await connectDevice(t.app, 'quantri');
      upBathuoc = tusClient(base, bathuoc.token);
      upThietong = tusClient(base, thietong.token);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('resumes an interrupted upload from the offset the server acknowledged', async () => {
      const file = randomFile(300_000);
      const url = await upBathuoc.start(file);
      expect(new URL(url).pathname).toMatch(/^\/api\/v1\/uploads\/[0-9a-f]+$/);
      expect((await upBathuoc.patch(url, 0, file.bytes.subarray(0, 120_000))).status).toBe(204);
      // The connection dropped; the device asks where to go on.
      expect(await upBathuoc.offset(url)).toBe(120_000);
      // A chunk sent again from a stale offset is refused, not appended twice.
      expect((await upBathuoc.patch(url, 0, file.bytes.subarray(0, 1000))).status).toBe(409);
      expect((await blob(file.sha256, bathuoc, 'HEAD')).status).toBe(404);
      const last = await upBathuoc.patch(url, 120_000, file.bytes.subarray(120_000));
      expect(last.status).toBe(204);
      expect(last.headers.get('upload-offset')).toBe('300000');

      const head = await blob(file.sha256, bathuoc, 'HEAD');
      expect(head.status).toBe(200);
      const got = await blob(file.sha256, bathuoc);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
      // Moved into the content-addressed store: <dataDir>/blobs/ab/abcdef…, the partial upload gone.
      expect(await readdir(join(database.dataDir, 'blobs', file.sha256.slice(0, 2)))).toContain(file.sha256);
      expect((await upBathuoc.head(url)).status).toBe(404);
    });

    it('resumes with tus-js-client, in chunks, after an abort', async () => {
      const file = randomFile(700_000);
      const options = {
        endpoint: `${base}/api/v1/uploads`,
        headers: { authorization: `Bearer ${bathuoc.token}` },
        metadata: { sha256: file.sha256, mime: file.mime, size: String(file.bytes.length) },
        chunkSize: 64 * 1024,
        retryDelays: [],
      };
      const first = new tus.Upload(file.bytes, options);
      const interrupted = new Promise<void>((resolve, reject) => {
        first.options.onError = reject;
        first.options.onChunkComplete = (_chunk, accepted) => {
          if (accepted >= 256 * 1024) void first.abort().then(resolve);
        };
      });
      first.start();
      await interrupted;
      const uploadUrl = first.url!;
      const acknowledged = await upBathuoc.offset(uploadUrl);
      expect(acknowledged).toBeGreaterThanOrEqual(256 * 1024);
      expect(acknowledged).toBeLessThan(file.bytes.length);

      let sentAgain = 0;
      await new Promise<void>((resolve, reject) => {
        const resumed = new tus.Upload(file.bytes, {
          ...options,
          uploadUrl,
          onChunkComplete: (chunk) => {
            sentAgain += chunk;
          },
          onSuccess: () => resolve(),
          onError: reject,
        });
        resumed.start();
      });
      expect(sentAgain).toBe(file.bytes.length - acknowledged);
      const got = await blob(file.sha256, bathuoc);
      expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
    });

    it('takes a whole photo with the creation request, as the app sends it (tus creation-with-upload)', async () => {
      const file = randomFile(250_000);
      let uploadUrl = '';
      await new Promise<void>((resolve, reject) => {
        const upload = new tus.Upload(file.bytes, {
          endpoint: `${base}/api/v1/uploads`,
          headers: { authorization: `Bearer ${bathuoc.token}` },
          metadata: { sha256: file.sha256, mime: file.mime, size: String(file.bytes.length) },
          chunkSize: 256 * 1024,
          uploadDataDuringCreation: true,
          retryDelays: [],
          onSuccess: () => {
            uploadUrl = upload.url!;
            resolve();
          },
          onError: reject,
        });
        upload.start();
      });
      const got = await blob(file.sha256, bathuoc);
      expect(Buffer.from(await got.arrayBuffer()).equals(file.bytes)).toBe(true);
      // In the blob store, and the upload itself gone once the answer was sent.
      expect(await readdir(join(database.dataDir, 'blobs', file.sha256.slice(0, 2)))).toContain(file.sha256);
      expect((await upBathuoc.head(uploadUrl)).status).toBe(404);
    });

    it('says in one request which of many files it lacks', async () => {
      const kept = randomFile(2000);
      await uploadWhole(upBathuoc, kept);
      const absent = [randomFile(10).sha256, randomFile(10).sha256];
      const ask = (device: SyncDevice | undefined, payload: unknown) =>
        fetch(`${base}/api/v1/blobs/missing`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(device ? { authorization: `Bearer ${device.token}` } : {}) },
          body: JSON.stringify(payload),
        });
      // Any signed-in user may ask (it tells no more than HEAD), duplicates are answered once.
      const answer = await ask(thietong, { sha256: [kept.sha256, ...absent, absent[0]] });
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { missing: string[] }).missing.sort()).toEqual([...absent].sort());
      expect((await ask(undefined, { sha256: [kept.sha256] })).status).toBe(401);
      expect((await ask(bathuoc, { sha256: ['not-a-hash'] })).status).toBe(400);
      expect((await ask(bathuoc, { sha256: [] })).status).toBe(400);
      expect((await ask(bathuoc, { sha256: Array.from({ length: 1001 }, () => kept.sha256) })).status).toBe(400);
    });

    it('refuses bytes that do not match their hash, and forgets them', async () => {
      const file = randomFile(50_000);
      const liar = { ...file, sha256: randomFile(10).sha256 };
      const url = await upBathuoc.start(liar);
      const response = await upBathuoc.patch(url, 0, file.bytes);
      expect(response.status).toBe(460);
      expect(JSON.parse(await response.text())).toMatchObject({ error: { code: 'hash-mismatch' } });
      expect((await blob(liar.sha256, bathuoc, 'HEAD')).status).toBe(404);
      expect((await blob(file.sha256, bathuoc, 'HEAD')).status).toBe(404);
      expect((await upBathuoc.head(url)).status).toBe(404);
    });

    it('checks who uploads, what and how much', async () => {
      const file = randomFile(1000);
      const anonymous = await fetch(`${base}/api/v1/uploads`, {
        method: 'POST',
        headers: { 'tus-resumable': '1.0.0', 'upload-length': '1000' },
      });
      expect(anonymous.status).toBe(401);
      expect((await upBathuoc.create({ ...file, sha256: 'not-a-hash' })).status).toBe(400);
      const html = await upBathuoc.create({ ...file, mime: 'text/html' });
      expect(html.status).toBe(415);
      expect(JSON.parse(await html.text())).toMatchObject({ error: { code: 'mime-not-allowed' } });
      expect((await upBathuoc.create(file, { size: '999' })).status).toBe(400);
      expect((await upBathuoc.create(randomFile(MAX_UPLOAD + 1))).status).toBe(413);

      // Someone else's upload does not exist for you.
      const url = await upBathuoc.start(file);
      expect((await upThietong.head(url)).status).toBe(404);
      expect((await upThietong.patch(url, 0, file.bytes)).status).toBe(404);
      expect(await upBathuoc.offset(url)).toBe(0);
      // The uploader is taken from the token, not from what the device claims.
      const forged = await upThietong.start(randomFile(10), { uploadedBy: 'someone-else' });
      expect(await upThietong.offset(forged)).toBe(0);
    });

    it('finishes an upload whose server stopped between the last byte and the blob store', async () => {
      const file = randomFile(20_000);
      const user = await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.bathuoc').executeTakeFirstOrThrow();
      // Left behind exactly as a crash would leave it: every byte in the upload folder, no blob.
      const store = new FileStore({ directory: join(database.dataDir, 'uploads') });
      const id = randomUUID().replaceAll('-', '');
      await store.create(new TusUpload({ id, size: file.bytes.length, offset: 0, metadata: { sha256: file.sha256, mime: file.mime, size: String(file.bytes.length), uploadedBy: user.id } }));
      await store.write((await import('node:stream')).Readable.from([file.bytes]), id, 0);
      expect((await blob(file.sha256, bathuoc, 'HEAD')).status).toBe(404);

      const url = `${base}/api/v1/uploads/${id}`;
      expect(await upBathuoc.offset(url)).toBe(file.bytes.length);
      expect((await blob(file.sha256, bathuoc, 'HEAD')).status).toBe(200);
    });

    it('lets only the uploader, and users of communes whose records use it, download a blob', async () => {
      const file = randomFile(5000, 'image/png');
      await uploadWhole(upBathuoc, file);
      expect((await blob(file.sha256, bathuoc)).status).toBe(200);
      expect((await blob(file.sha256, thietong, 'HEAD')).status).toBe(200); // existence is not the photo
      expect((await blob(file.sha256, thietong)).status).toBe(404);
      expect((await blob(file.sha256, admin)).status).toBe(404);
      expect((await fetch(`${base}/api/v1/blobs/${file.sha256}`)).status).toBe(401);
      expect((await blob('zz', bathuoc)).status).toBe(400);

      // A record of Bá Thước uses it: Bá Thước's users may read it; Thiết Ống's may not.
      const photo = { sha256: file.sha256, size: 5000, mime: 'image/png' };
      const { results } = await bathuoc.push([bathuoc.mutation('citizen', randomUUID(), citizenFields({ photos: { portrait: photo } }))]);
      expect(results[0]!.status).toBe('applied');
      expect((await blob(file.sha256, admin)).status).toBe(200);
      expect((await blob(file.sha256, thietong)).status).toBe(404);
      await thietong.push([thietong.mutation('citizen', randomUUID(), citizenFields({ address: addressIn('14980'), photos: { portrait: photo } }))]);
      expect((await blob(file.sha256, thietong)).status).toBe(200);
    });

    it('accepts a record only once its attachments are on the server', async () => {
      const file = randomFile(8000);
      const photo = { sha256: file.sha256, size: 8000, mime: 'image/jpeg' };
      const citizen = bathuoc.mutation('citizen', randomUUID(), citizenFields({ photos: { idFront: photo } }));
      const before = await bathuoc.push([citizen]);
      expect(before.results[0]).toMatchObject({ status: 'rejected', error: { code: 'attachment-missing', params: { missing: [file.sha256] }, retryable: true } });
      await uploadWhole(upBathuoc, file);
      const after = await bathuoc.push([citizen]);
      expect(after.results[0]).toMatchObject({ status: 'applied', revision: 1 });
    });
  });
}
