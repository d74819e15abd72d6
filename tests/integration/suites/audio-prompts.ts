import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBlob } from '../../../src/server/blobs/blob-records';
import { createFsBlobStore } from '../../../src/server/blobs/fs-blob-store';
import { bearer, createTestApp, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { MAX_PROMPT_BYTES, type AudioManifest, type AudioPrompt } from '../../../src/shared/audio-prompts';
import { listTables, snapshotDatabase } from '../support/db-snapshot';

type ErrorReply = { error: { code: string } };

const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
const OGG = Buffer.from('OggS', 'latin1');
/** Bytes that open as the container they claim (the server reads no further than the signature). */
const recording = (magic = EBML, size = 3000) => Buffer.concat([magic, randomBytes(size - magic.length)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const KEY = 'citizen:form.fullName';

/** Issue 7 §3 on the server: recordings per (language, text key), a manifest with an ETag, files by content. */
export function describeAudioPrompts(factory: TestDatabaseFactory): void {
  describe(`audio prompts (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let tables: string[];
    const tokens: Record<string, string> = {};
    const manifest = (lang: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/v1/audio-prompts/${lang}`, headers });
    const file = (hash: string) => t.app.inject({ method: 'GET', url: `/api/v1/audio-files/${hash}` });
    const upload = (lang: string, key: string, bytes: Buffer, options: { as?: string | null; type?: string; query?: string } = {}) => t.app.inject({
      method: 'PUT',
      url: `/api/v1/audio-prompts/${lang}/${encodeURIComponent(key)}?${options.query ?? 'durationMs=2400'}`,
      headers: { ...(options.as === null ? {} : bearer(tokens[options.as ?? 'canbo.bathuoc']!)), 'content-type': options.type ?? 'audio/webm;codecs=opus' },
      payload: bytes,
    });
    const remove = (lang: string, key: string, as = 'canbo.bathuoc') =>
      t.app.inject({ method: 'DELETE', url: `/api/v1/audio-prompts/${lang}/${encodeURIComponent(key)}`, headers: bearer(tokens[as]!) });

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      for (const username of ['quantri', 'canbo.bathuoc', 'mot.cua.bathuoc']) tokens[username] = (await signInAs(t.app, username)).accessToken;
      tables = await listTables(t.db);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('describes its routes in the OpenAPI document, so the fuzz suite sends them malformed requests too', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
      expect(Object.keys(doc.paths['/api/v1/audio-prompts/{lang}/{key}'] ?? {}).sort()).toEqual(['delete', 'put']);
      expect(Object.keys(doc.paths['/api/v1/audio-prompts/{lang}'] ?? {})).toContain('get');
      expect(Object.keys(doc.paths['/api/v1/audio-files/{sha256}'] ?? {})).toEqual(['get']);
      expect(JSON.stringify(doc.paths['/api/v1/audio-prompts/{lang}/{key}'])).toContain('durationMs');
    });

    it('answers an empty manifest, cacheable with an ETag, for a language with no recording yet', async () => {
      const response = await manifest('mtq');
      expect(response.statusCode).toBe(200);
      expect(response.json<AudioManifest>()).toEqual({ language: 'mtq', version: '0', prompts: [] });
      expect(response.headers.etag).toBe('"0"');
      expect(response.headers['cache-control']).toBe('public, no-cache');
      expect((await manifest('xx')).statusCode).toBe(404);
    });

    it('keeps a staff recording, lists it, answers 304 when unchanged, and serves the file as immutable', async () => {
      const bytes = recording();
      const put = await upload('mtq', KEY, bytes);
      expect(put.statusCode, put.body).toBe(200);
      const prompt = put.json<AudioPrompt>();
      expect(prompt).toEqual({ key: KEY, sha256: sha256(bytes), mime: 'audio/webm', durationMs: 2400, recordedAt: expect.any(String) as string });

      const listed = await manifest('mtq');
      const body = listed.json<AudioManifest>();
      expect(body.prompts).toEqual([prompt]);
      expect(body.version).not.toBe('0');
      expect(listed.headers.etag).toBe(`"${body.version}"`);
      const notModified = await manifest('mtq', { 'if-none-match': `"${body.version}"` });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      // Another language is untouched.
      expect((await manifest('tmm')).json<AudioManifest>().prompts).toEqual([]);

      const fetched = await file(prompt.sha256);
      expect(fetched.statusCode).toBe(200);
      expect(fetched.rawPayload.equals(bytes)).toBe(true);
      expect(fetched.headers['content-type']).toBe('audio/webm');
      expect(fetched.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const row = await t.db.withTables<{ audio_prompts: { language: string; key: string; recorded_by: string | null; duration_ms: number } }>()
        .selectFrom('audio_prompts').selectAll().where('language', '=', 'mtq').executeTakeFirstOrThrow();
      const staff = await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.bathuoc').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ key: KEY, recorded_by: staff.id, duration_ms: 2400 });
    });

    it('replaces a recording when it is recorded again, so the manifest version moves', async () => {
      const before = (await manifest('mtq')).json<AudioManifest>();
      const again = recording(OGG);
      const put = await upload('mtq', KEY, again, { as: 'quantri', type: 'audio/ogg', query: 'durationMs=3100' });
      expect(put.statusCode, put.body).toBe(200);
      const after = (await manifest('mtq', { 'if-none-match': `"${before.version}"` }));
      expect(after.statusCode).toBe(200);
      expect(after.json<AudioManifest>().prompts).toEqual([expect.objectContaining({ key: KEY, sha256: sha256(again), mime: 'audio/ogg', durationMs: 3100 })]);
      expect(after.json<AudioManifest>().version).not.toBe(before.version);
      // The same bytes sent twice (a retry after a lost answer) change nothing.
      const version = after.json<AudioManifest>().version;
      expect((await upload('mtq', KEY, again, { as: 'quantri', type: 'audio/ogg', query: 'durationMs=3100' })).statusCode).toBe(200);
      expect((await manifest('mtq')).json<AudioManifest>().version).toBe(version);
    });

    it('lets only staff and admins record or delete, and changes nothing when it refuses', async () => {
      const before = await snapshotDatabase(t.db, tables);
      const anonymous = await upload('tmm', KEY, recording(), { as: null });
      expect(anonymous.statusCode).toBe(401);
      const officer = await upload('tmm', KEY, recording(), { as: 'mot.cua.bathuoc' });
      expect(officer.statusCode).toBe(403);
      expect(officer.json<ErrorReply>().error.code).toBe('forbidden');
      expect((await remove('mtq', KEY, 'mot.cua.bathuoc')).statusCode).toBe(403);
      expect(await snapshotDatabase(t.db, tables)).toEqual(before);
    });

    it('refuses what is not a short recording of a known text, with a machine code', async () => {
      const before = await snapshotDatabase(t.db, tables);
      const cases: Array<[Awaited<ReturnType<typeof upload>>, number, string]> = [
        // JSON is read by the API's own parser, then refused: a recording is never JSON.
        [await upload('tmm', KEY, Buffer.from('{"audio":"GkXfow=="}'), { type: 'application/json' }), 415, 'audio-type-unsupported'],
        [await upload('tmm', KEY, recording(), { type: 'application/json' }), 400, 'invalid-json'],
        [await upload('tmm', KEY, recording(), { type: 'image/jpeg' }), 415, 'unsupported-media-type'],
        [await upload('tmm', KEY, recording(), { type: 'audio/mp4' }), 415, 'unsupported-media-type'],
        // A JPEG sent as WebM: the bytes are not the container they claim.
        [await upload('tmm', KEY, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(500)])), 422, 'audio-not-recognised'],
        [await upload('tmm', KEY, recording(EBML), { type: 'audio/ogg' }), 422, 'audio-not-recognised'],
        [await upload('tmm', KEY, recording(EBML, MAX_PROMPT_BYTES + 1)), 413, 'payload-too-large'],
        [await upload('tmm', KEY, recording(), { query: '' }), 400, 'validation-failed'],
        [await upload('tmm', KEY, recording(), { query: 'durationMs=60000' }), 400, 'validation-failed'],
        [await upload('tmm', 'citizen:form.noSuchLabel', recording()), 422, 'unknown-text-key'],
        [await upload('tmm', 'form.fullName', recording()), 400, 'validation-failed'],
        [await upload('xx', KEY, recording()), 400, 'validation-failed'],
      ];
      for (const [response, status, code] of cases) {
        expect(response.statusCode, response.body).toBe(status);
        expect(response.json<ErrorReply>().error.code).toBe(code);
      }
      expect(await snapshotDatabase(t.db, tables)).toEqual(before);
      expect((await manifest('tmm')).json<AudioManifest>().prompts).toEqual([]);
    });

    it('never serves a blob that is not a recording (a photo is not public because its hash is known)', async () => {
      const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(1000)]);
      const hash = sha256(photo);
      await createFsBlobStore(join(database.dataDir, 'blobs')).put(hash, Readable.from([photo]));
      const staff = await t.db.selectFrom('users').select('id').where('username', '=', 'canbo.bathuoc').executeTakeFirstOrThrow();
      await recordBlob(t.db, { sha256: hash, size: photo.length, mime: 'image/jpeg' }, staff.id, new Date().toISOString());
      expect((await file(hash)).statusCode).toBe(404);
      expect((await file('0'.repeat(64))).statusCode).toBe(404);
      expect((await file('not-a-hash')).statusCode).toBe(400);
    });

    it('deletes a recording: the manifest drops it and its file is no longer served', async () => {
      const listed = (await manifest('mtq')).json<AudioManifest>();
      const hash = listed.prompts[0]!.sha256;
      const deleted = await remove('mtq', KEY);
      expect(deleted.statusCode).toBe(204);
      const after = await manifest('mtq', { 'if-none-match': `"${listed.version}"` });
      expect(after.statusCode).toBe(200);
      expect(after.json<AudioManifest>()).toEqual({ language: 'mtq', version: '0', prompts: [] });
      expect((await file(hash)).statusCode).toBe(404);
      const again = await remove('mtq', KEY);
      expect(again.statusCode).toBe(404);
      expect(again.json<ErrorReply>().error.code).toBe('not-found');
    });
  });
}
