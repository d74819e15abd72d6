import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_VERSION } from '../../../src/domain/catalog/catalog-data';
import { createTestApp, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';

export function describeCatalog(factory: TestDatabaseFactory): void {
  describe(`procedure catalog (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('serves every procedure with its version and an ETag, and answers 304 when unchanged', async () => {
      const first = await t.app.inject({ method: 'GET', url: '/api/v1/catalog' });
      expect(first.statusCode).toBe(200);
      const body = first.json<{ version: string; catalog: { procedures: Array<{ code: string }> } }>();
      expect(body.version).toBe(CATALOG_VERSION);
      expect(body.catalog.procedures.map((p) => p.code)).toEqual(CATALOG.procedures.map((p) => p.code));
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^".+"$/);
      const again = await t.app.inject({ method: 'GET', url: '/api/v1/catalog', headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });
  });
}
