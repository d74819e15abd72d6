import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

type ErrorReply = { error: { code: string; message: string } };

export function describeHttp(factory: TestDatabaseFactory): void {
  describe(`HTTP behaviour (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('reports health after a real query', async () => {
      const response = await get('/api/v1/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok', database: factory.dialect, version: expect.any(String) as string });
    });

    describe('errors are JSON', () => {
      it('for an unknown API route', async () => {
        for (const method of ['GET', 'POST', 'DELETE'] as const) {
          const response = await t.app.inject({ method, url: '/api/v1/no-such-thing' });
          expect(response.statusCode).toBe(404);
          expect(response.headers['content-type']).toMatch(/^application\/json/);
          expect(response.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) as string } });
        }
      });

      it('for a body that is not JSON (400, not 500)', async () => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { 'content-type': 'application/json' },
          payload: '{"username": "canbo.bathuoc",',
        });
        expect(response.statusCode).toBe(400);
        expect(response.json<ErrorReply>().error.code).toBe('invalid-json');
      });

      it('for a body that is not JSON at all (415) or too large (413)', async () => {
        const text = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { 'content-type': 'text/plain' },
          payload: 'hello',
        });
        expect(text.statusCode).toBe(415);
        expect(text.json<ErrorReply>().error.code).toBe('unsupported-media-type');
        const big = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { username: 'x', password: 'y'.repeat(1_100_000), deviceId: 'tablet-0001' },
        });
        expect(big.statusCode).toBe(413);
        expect(big.json<ErrorReply>().error.code).toBe('payload-too-large');
      });

      it('for a crash, without leaking its details', async () => {
        const app = await buildApp({
          db: database.db,
          dialect: database.dialect,
          dataDir: database.dataDir,
          staticDir: t.staticDir,
          jwtSecret: TEST_JWT_SECRET,
        });
        app.get('/api/v1/crash', () => {
          throw new Error('secret detail at /srv/caunoi/db.ts:42');
        });
        const response = await app.inject({ method: 'GET', url: '/api/v1/crash' });
        await app.close();
        expect(response.statusCode).toBe(500);
        expect(response.json()).toEqual({ error: { code: 'internal-error', message: expect.any(String) as string } });
        expect(response.body).not.toContain('secret detail');
      });
    });

    describe('the built app', () => {
      it('caches hashed assets forever and revalidates everything else', async () => {
        const asset = await get('/assets/app-abc123.js');
        expect(asset.statusCode).toBe(200);
        expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        for (const url of ['/', '/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest']) {
          const response = await get(url);
          expect(response.statusCode, url).toBe(200);
          expect(response.headers['cache-control'], url).toBe('no-cache');
        }
      });

      it('answers app routes with index.html, and missing files with 404', async () => {
        for (const url of ['/citizens/42', '/dossiers/new?draft=1', '/settings']) {
          const response = await get(url);
          expect(response.statusCode, url).toBe(200);
          expect(response.headers['content-type'], url).toMatch(/^text\/html/);
          expect(response.headers['cache-control'], url).toBe('no-cache');
          expect(response.body).toContain('<div id="root">');
        }
        for (const url of ['/assets/app-old999.js', '/assets/chunk', '/missing.png']) {
          const response = await get(url);
          expect(response.statusCode, url).toBe(404);
          expect(response.json<ErrorReply>().error.code).toBe('not-found');
        }
      });

      it('compresses assets and JSON with brotli or gzip', async () => {
        const br = await get('/assets/app-abc123.js', { 'accept-encoding': 'br, gzip' });
        expect(br.headers['content-encoding']).toBe('br');
        const gzip = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
        expect(gzip.headers['content-encoding']).toBe('gzip');
        const json = await get('/api/v1/communes?province=38', { 'accept-encoding': 'br' });
        expect(json.headers['content-encoding']).toBe('br');
      });

      it('sends the brotli file the build wrote next to an asset as it is, and the plain file to others', async () => {
        const source = `export const screen = ${JSON.stringify('y'.repeat(4000))};\n`;
        await writeFile(join(t.staticDir, 'assets', 'screen-def456.js'), source);
        const prebuilt = brotliCompressSync(Buffer.from(source), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        await writeFile(join(t.staticDir, 'assets', 'screen-def456.js.br'), prebuilt);
        const br = await get('/assets/screen-def456.js', { 'accept-encoding': 'gzip, deflate, br' });
        expect(br.statusCode).toBe(200);
        expect(br.headers['content-encoding']).toBe('br');
        expect(br.headers['content-type']).toMatch(/^application\/javascript/);
        expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(br.headers.vary).toMatch(/accept-encoding/i);
        expect(br.rawPayload.equals(prebuilt)).toBe(true);
        const plain = await get('/assets/screen-def456.js', { 'accept-encoding': 'identity' });
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body).toBe(source);
      });
    });

    describe('security headers', () => {
      it('sends a strict CSP without inline script, and no CORS', async () => {
        for (const url of ['/', '/api/v1/health', '/api/v1/no-such-thing']) {
          const response = await get(url, { origin: 'https://evil.example' });
          const csp = String(response.headers['content-security-policy']);
          const directives = Object.fromEntries(csp.split(';').map((d) => {
            const [name = '', ...values] = d.trim().split(/\s+/);
            return [name, values.join(' ')];
          }));
          if (url.startsWith('/api/')) {
            // Data, never a page: nothing may load or run, and no page-only headers.
            expect(directives, url).toEqual({ 'default-src': "'none'", 'frame-ancestors': "'none'" });
            expect(response.headers['x-xss-protection']).toBeUndefined();
          } else {
            expect(directives['script-src'], url).toBe("'self'");
            expect(directives['default-src']).toBe("'self'");
            expect(directives['object-src']).toBe("'none'");
            expect(directives['frame-ancestors']).toBe("'none'");
          }
          expect(csp).not.toContain('unsafe-inline');
          expect(csp).not.toContain('unsafe-eval');
          expect(response.headers['x-content-type-options']).toBe('nosniff');
          expect(response.headers['access-control-allow-origin']).toBeUndefined();
        }
      });
    });
  });
}
