import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCsv, parseCsv } from './csv';

describe('CSV', () => {
  it('starts with a byte-order mark and quotes what needs it', () => {
    const text = encodeCsv([['a', 'b'], ['x, y', 'say "hi"\nnext line']]);
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(text).toContain('"x, y","say ""hi""\nnext line"');
  });

  it('reads back what it writes, whatever the text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'ữ', 'ꪼ', 'ї', ',', ';', '"', '\n', '\r\n', ' ', '{', '}') });
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const records = [['h1', 'h2', 'h3'], ...rows.map((r) => r.map((c) => c.replaceAll('\r\n', '\n')))];
      const nonEmpty = records.filter((r) => r.some((c) => c !== ''));
      expect(parseCsv(encodeCsv(records)).map((r) => r.cells)).toEqual(nonEmpty);
    }));
  });

  it('reads a semicolon file (Excel in a Vietnamese locale) and numbers records by their first line', () => {
    const records = parseCsv('namespace;key;translation\r\ncommon;home.title;"Xin\nchào"\r\ncommon;nav.home;Trang chủ\r\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]!.cells).toEqual(['common', 'home.title', 'Xin\nchào']);
  });
});
