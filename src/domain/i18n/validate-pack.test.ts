import { describe, expect, it } from 'vitest';
import { indexSource } from './source-messages';
import { validatePackEntries } from './validate-pack';

const source = indexSource({
  common: { home: { title: 'Xin chào', staffTitle: 'Chào {{name}}' }, minutes_other: '{{count}} phút' },
  sync: { failure: { 'signed-out': 'Phiên đã hết' } },
});
const UK = ['one', 'few', 'many', 'other'] as const;
const entry = (namespace: string, key: string, value: string, row?: number) => ({ namespace, key, value, row });

describe('validatePackEntries', () => {
  it('accepts known keys with their placeholders and every plural form of the language', () => {
    expect(validatePackEntries(source, UK, [
      entry('common', 'home.title', 'Вітаємо'),
      entry('common', 'home.staffTitle', 'Добрий день, {{name}}'),
      ...UK.map((c) => entry('common', `minutes_${c}`, `{{count}} хв`)),
      entry('sync', 'failure.signed-out', 'Сеанс завершився'),
    ])).toEqual([]);
  });

  it('refuses a key or namespace the Vietnamese source lacks', () => {
    const issues = validatePackEntries(source, ['other'], [entry('common', 'home.titel', 'x', 4), entry('nope', 'home.title', 'x', 5)]);
    expect(issues.map((i) => [i.row, i.code])).toEqual([[4, 'unknownKey'], [5, 'unknownKey']]);
  });

  it('refuses changed placeholders and says which ones are expected', () => {
    const [issue] = validatePackEntries(source, ['other'], [entry('common', 'home.staffTitle', 'Chào {{ten}}', 7)]);
    expect(issue).toMatchObject({ row: 7, code: 'placeholders', params: { expected: '{{name}}', found: '{{ten}}' } });
    expect(validatePackEntries(source, ['other'], [entry('common', 'home.staffTitle', 'Chào')])[0]?.code).toBe('placeholders');
  });

  it('wants a counted text whole, in the forms of the language and no other', () => {
    const partial = validatePackEntries(source, UK, [entry('common', 'minutes_one', '{{count}} хвилина', 3)]);
    expect(partial).toEqual([expect.objectContaining({ row: 3, code: 'pluralIncomplete', params: { missing: 'minutes_few, minutes_many, minutes_other' } })]);
    // Mường has one form: `_one` is not one of its keys.
    expect(validatePackEntries(source, ['other'], [entry('common', 'minutes_one', '{{count}} phút')])[0]?.code).toBe('pluralForm');
    expect(validatePackEntries(source, ['other'], [entry('common', 'minutes', '{{count}} phút')])[0]?.code).toBe('pluralForm');
    expect(validatePackEntries(source, ['other'], [entry('common', 'home.title_one', 'x')])[0]?.code).toBe('unknownKey');
  });

  it('refuses blanks, control characters, over-long texts and a key given twice', () => {
    const issues = validatePackEntries(source, ['other'], [
      entry('common', 'home.title', '  ', 1),
      entry('sync', 'failure.signed-out', 'a\u0007b', 2),
      entry('common', 'home.staffTitle', `{{name}} ${'x'.repeat(4001)}`, 3),
      entry('common', 'home.title', 'Lần hai', 4),
    ]);
    expect(issues.map((i) => [i.row, i.code])).toEqual([[1, 'empty'], [2, 'controlCharacter'], [3, 'tooLong'], [4, 'duplicate']]);
  });
});
