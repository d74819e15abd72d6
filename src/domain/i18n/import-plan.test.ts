import { describe, expect, it } from 'vitest';
import { planPackImport } from './import-plan';
import { exportPackRows, packRowsToCsv, parsePackCsv, type ParsedPackRow } from './pack-csv';
import { indexSource } from './source-messages';

const source = indexSource({
  common: { home: { title: 'Xin chào', intro: 'Chào mừng' }, minutes_other: '{{count}} phút', warn: '=Chú ý' },
});
const bundled = new Map([['common\u0000home.title', 'Welcome']]);
const bundledText = (ns: string, key: string) => bundled.get(`${ns}\u0000${key}`);
const EN = ['one', 'other'] as const;

function roundTrip(edit: (rows: ParsedPackRow[]) => void, current = [] as { namespace: string; key: string; value: string }[]) {
  const rows = exportPackRows(source, EN, (ns, key) => current.find((e) => e.namespace === ns && e.key === key)?.value ?? bundledText(ns, key), () => '');
  const parsed = parsePackCsv(packRowsToCsv(rows));
  if (!parsed.ok) throw new Error('unreadable');
  edit(parsed.rows);
  return planPackImport({ source, plurals: EN, bundled: bundledText, current, rows: parsed.rows });
}

describe('planPackImport', () => {
  it('exports one row per key of the language, with the Vietnamese beside it', () => {
    const rows = exportPackRows(source, EN, bundledText, (m, c) => (c ? `form ${c}` : ''));
    expect(rows.map((r) => r.key)).toEqual(['home.title', 'home.intro', 'minutes_one', 'minutes_other', 'warn']);
    expect(rows[2]).toMatchObject({ source: '{{count}} phút', translation: '', notes: 'form one' });
    expect(rows[0]!.translation).toBe('Welcome');
  });

  it('changes nothing for a file sent back untouched', () => {
    expect(roundTrip(() => undefined)).toMatchObject({ entries: [], changed: 0, removed: 0, issues: [] });
  });

  it('imports what the translator wrote, a counted text with all its forms', () => {
    const plan = roundTrip((rows) => {
      rows.find((r) => r.key === 'home.intro')!.translation = 'Good to see you';
      rows.find((r) => r.key === 'minutes_one')!.translation = '{{count}} minute';
      rows.find((r) => r.key === 'minutes_other')!.translation = '{{count}} minutes';
    });
    expect(plan.issues).toEqual([]);
    expect(plan.entries).toEqual([
      { namespace: 'common', key: 'home.intro', value: 'Good to see you' },
      { namespace: 'common', key: 'minutes_one', value: '{{count}} minute' },
      { namespace: 'common', key: 'minutes_other', value: '{{count}} minutes' },
    ]);
    expect(plan.changed).toBe(3);
  });

  it('keeps a text that starts like a spreadsheet formula as it is', () => {
    const plan = roundTrip((rows) => {
      rows.find((r) => r.key === 'warn')!.translation = '=Attention';
    });
    expect(plan.entries).toEqual([{ namespace: 'common', key: 'warn', value: '=Attention' }]);
    expect(packRowsToCsv([{ namespace: 'c', key: 'k', source: '=1+1', translation: '-x', notes: '' }])).toContain("'=1+1,'-x");
  });

  it('reports each bad row by its line, and imports nothing', () => {
    const plan = roundTrip((rows) => {
      rows.find((r) => r.key === 'minutes_one')!.translation = '{{n}} minute';
      rows.find((r) => r.key === 'minutes_other')!.translation = '{{count}} minutes';
      rows.push({ line: 99, namespace: 'common', key: 'made.up', source: '', translation: 'x', notes: '' });
    });
    expect(plan.issues.map((i) => [i.row, i.code])).toEqual([[4, 'placeholders'], [99, 'unknownKey']]);
  });

  it('removes an imported text when its cell is emptied, and keeps imports the file does not list', () => {
    const current = [
      { namespace: 'common', key: 'home.intro', value: 'Hi there' },
      { namespace: 'common', key: 'warn', value: 'Careful' },
    ];
    const plan = roundTrip((rows) => {
      rows.find((r) => r.key === 'home.intro')!.translation = '';
      rows.splice(rows.findIndex((r) => r.key === 'warn'), 1);
    }, current);
    expect(plan.entries).toEqual([{ namespace: 'common', key: 'warn', value: 'Careful' }]);
    expect(plan).toMatchObject({ changed: 0, removed: 1, issues: [] });
  });

  it('flags a counted text left half done', () => {
    const plan = roundTrip((rows) => {
      rows.find((r) => r.key === 'minutes_one')!.translation = '{{count}} minute';
    });
    expect(plan.issues).toEqual([expect.objectContaining({ row: 4, code: 'pluralIncomplete' })]);
  });

  it('says which columns a file lacks', () => {
    expect(parsePackCsv('namespace,key,notes\r\ncommon,home.title,\r\n')).toEqual({ ok: false, error: 'missingColumns', missing: ['translation'] });
  });
});
