import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPackImport } from '../../../src/domain/i18n/import-plan';
import { flattenLocale } from '../../../src/domain/i18n/locale-keys';
import { exportPackRows, packRowsToCsv, parsePackCsv } from '../../../src/domain/i18n/pack-csv';
import type { PackEntry, PackIssue } from '../../../src/domain/i18n/validate-pack';
import { DEFAULT_LOCALES_DIR, loadSourceIndex, readLocaleFolder } from '../../../src/server/i18n/source-locale';
import type { LanguagePackTables } from '../../../src/server/routes/language-packs';
import { bearer, createTestApp, signInAs, type TestApp } from '../../../src/server/testing/test-app';
import type { TestDatabase, TestDatabaseFactory } from '../../../src/server/testing/test-database';
import { languageInfo, type AppLanguage } from '../../../src/shared/languages';
import type { LanguagePackResponse } from '../../../src/shared/language-packs';

type ErrorReply = { error: { code: string; details?: unknown } };

/** Export → edit in a "spreadsheet" → import, through the real routes (issue 7 §2). */
export function describeLanguagePacks(factory: TestDatabaseFactory): void {
  describe(`language packs (${factory.dialect})`, () => {
    let database: TestDatabase;
    let t: TestApp;
    const tokens: Record<string, string> = {};
    const source = loadSourceIndex();
    const getPack = (lang: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/api/v1/language-packs/${lang}`, headers });
    const putPack = (lang: string, entries: PackEntry[], as = 'quantri', headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/language-packs/${lang}`, payload: { entries }, headers: { ...bearer(tokens[as]!), ...headers } });

    /** What the admin screen does: the CSV of a language as it stands, edited, planned against the server's pack. */
    async function exportEditImport(lang: AppLanguage, edit: (csv: string) => string) {
      const current = (await getPack(lang)).json<LanguagePackResponse>();
      const bundled = new Map(Object.entries(readLocaleFolder(DEFAULT_LOCALES_DIR, lang)).map(([ns, tree]) => [ns, flattenLocale(tree)]));
      const bundledText = (ns: string, key: string) => bundled.get(ns)?.get(key);
      const plurals = languageInfo(lang).plurals;
      const csv = packRowsToCsv(exportPackRows(source, plurals, (ns, key) => current.resources[ns]?.[key] ?? bundledText(ns, key), () => ''));
      const parsed = parsePackCsv(edit(csv));
      if (!parsed.ok) throw new Error('the edited file cannot be read');
      const entries = Object.entries(current.resources).flatMap(([namespace, keys]) => Object.entries(keys).map(([key, value]) => ({ namespace, key, value })));
      const plan = planPackImport({ source, plurals, bundled: bundledText, current: entries, rows: parsed.rows });
      return { plan, version: current.version, csv };
    }

    beforeAll(async () => {
      database = await factory.create();
      t = await createTestApp(database);
      for (const username of ['quantri', 'canbo.bathuoc']) tokens[username] = (await signInAs(t.app, username)).accessToken;
    });
    afterAll(async () => {
      await t?.close();
      await database?.destroy();
    });

    it('answers an empty pack, cacheable, for a language nobody imported yet', async () => {
      const response = await getPack('mtq');
      expect(response.statusCode).toBe(200);
      expect(response.json<LanguagePackResponse>()).toEqual({ language: 'mtq', version: '0', resources: {}, updatedAt: null });
      expect(response.headers.etag).toBe('"0"');
      expect(response.headers['cache-control']).toBe('public, no-cache');
      expect((await getPack('xx')).statusCode).toBe(404);
    });

    it('round-trips a Mường pack: export, a translator fills two rows, import, every device gets it', async () => {
      const { plan, version, csv } = await exportEditImport('mtq', (text) => text
        .replace(/^common,home\.title,Xin chào,,/m, 'common,home.title,Xin chào,Chào bà con,')
        .replace(/^common,settings\.idle\.minutes_other,\{\{count\}\} phút,,/m, 'common,settings.idle.minutes_other,{{count}} phút,{{count}} phút (Mường),'));
      expect(csv.startsWith('\uFEFFnamespace,key,vietnamese source,translation,notes\r\n')).toBe(true);
      expect(plan.issues).toEqual([]);
      expect(plan.entries).toEqual([
        { namespace: 'common', key: 'home.title', value: 'Chào bà con' },
        { namespace: 'common', key: 'settings.idle.minutes_other', value: '{{count}} phút (Mường)' },
      ]);
      const put = await putPack('mtq', plan.entries, 'quantri', { 'if-match': `"${version}"` });
      expect(put.statusCode).toBe(200);
      const stored = put.json<LanguagePackResponse>();
      expect(stored.resources.common).toEqual({ 'home.title': 'Chào bà con', 'settings.idle.minutes_other': '{{count}} phút (Mường)' });
      expect(stored.version).not.toBe('0');

      const read = await getPack('mtq');
      expect(read.json<LanguagePackResponse>()).toEqual(stored);
      expect(read.headers.etag).toBe(`"${stored.version}"`);
      const notModified = await getPack('mtq', { 'if-none-match': `"${stored.version}"` });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
    });

    it('keeps who imported a text when a later import leaves it unchanged, and removes an emptied one', async () => {
      const db = t.db.withTables<LanguagePackTables>();
      const before = await db.selectFrom('language_pack_entries').selectAll().where('language', '=', 'mtq').where('key', '=', 'home.title').executeTakeFirstOrThrow();
      const { plan, version } = await exportEditImport('mtq', (text) => text
        .replace(/^common,settings\.idle\.minutes_other,\{\{count\}\} phút,\{\{count\}\} phút \(Mường\),/m, 'common,settings.idle.minutes_other,{{count}} phút,,'));
      expect(plan).toMatchObject({ removed: 1, changed: 0, issues: [] });
      expect((await putPack('mtq', plan.entries, 'quantri', { 'if-match': `"${version}"` })).statusCode).toBe(200);
      const rows = await db.selectFrom('language_pack_entries').selectAll().where('language', '=', 'mtq').execute();
      expect(rows).toEqual([before]);
    });

    it('imports Ukrainian counted texts in their four forms, and refuses three', async () => {
      const forms = (value: (c: string) => string, categories = ['one', 'few', 'many', 'other']) =>
        categories.map((c) => ({ namespace: 'common', key: `settings.idle.minutes_${c}`, value: value(c) }));
      expect((await putPack('uk', forms((c) => `{{count}} хв (${c})`))).statusCode).toBe(200);
      const partial = await putPack('uk', forms((c) => `{{count}} хв (${c})`, ['one', 'few', 'other']));
      expect(partial.statusCode).toBe(422);
      const issues = partial.json<ErrorReply>().error.details as PackIssue[];
      expect(issues).toEqual([expect.objectContaining({ code: 'pluralIncomplete', key: 'settings.idle.minutes', params: { missing: 'settings.idle.minutes_many' } })]);
    });

    it('refuses unknown keys, lost placeholders and blanks row by row, and stores nothing', async () => {
      const before = (await getPack('tmm')).json<LanguagePackResponse>();
      const response = await putPack('tmm', [
        { namespace: 'common', key: 'home.title', value: 'Ok' },
        { namespace: 'common', key: 'home.staffTitle', value: 'Hello' },
        { namespace: 'common', key: 'home.nope', value: 'x' },
        { namespace: 'common', key: 'nav.home', value: ' ' },
      ]);
      expect(response.statusCode).toBe(422);
      const { error } = response.json<ErrorReply>();
      expect(error.code).toBe('language-pack-invalid');
      expect((error.details as PackIssue[]).map((i) => [i.row, i.code])).toEqual([[2, 'placeholders'], [3, 'unknownKey'], [4, 'empty']]);
      expect((await getPack('tmm')).json<LanguagePackResponse>()).toEqual(before);
    });

    it('lets only an administrator import, never into Vietnamese, and not over a newer import', async () => {
      const entry = { namespace: 'common', key: 'home.title', value: 'Tay Thanh' };
      expect((await t.app.inject({ method: 'PUT', url: '/api/v1/language-packs/tmm', payload: { entries: [entry] } })).statusCode).toBe(401);
      const staff = await putPack('tmm', [entry], 'canbo.bathuoc');
      expect(staff.statusCode).toBe(403);
      expect((await putPack('vi', [entry])).json<ErrorReply>().error.code).toBe('source-language');
      const first = await putPack('tmm', [entry], 'quantri', { 'if-match': '"0"' });
      expect(first.statusCode).toBe(200);
      const stale = await putPack('tmm', [{ ...entry, value: 'Other' }], 'quantri', { 'if-match': '"0"' });
      expect(stale.statusCode).toBe(412);
      expect(stale.json<ErrorReply>().error.code).toBe('version-conflict');
      expect((await getPack('tmm')).json<LanguagePackResponse>().resources.common).toEqual({ 'home.title': 'Tay Thanh' });
    });
  });
}
