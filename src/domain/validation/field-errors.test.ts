import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { validateWith } from './field-errors';

const schema = z.object({
  name: z.string().min(2),
  age: z.number().int().max(150),
  tags: z.array(z.string()).min(1),
  kind: z.enum(['a', 'b']),
  nested: z.object({ code: z.string().regex(/^\d{5}$/, { error: 'address.communeInvalid' }) }),
  when: z.iso.date(),
});

const valid = { name: 'An', age: 30, tags: ['x'], kind: 'a', nested: { code: '14923' }, when: '2026-11-26' };

describe('validateWith', () => {
  it('returns the parsed value when valid', () => {
    expect(validateWith(schema, valid)).toEqual({ ok: true, value: valid });
  });

  it('turns zod issues into field paths, codes and params', () => {
    const result = validateWith(schema, { ...valid, name: 'A', age: 200, tags: [], kind: 'c', nested: { code: '1' }, when: '26/11/2026' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'name', code: 'common.tooShort', params: { min: 2 } },
        { path: 'age', code: 'common.tooBig', params: { max: 150 } },
        { path: 'tags', code: 'common.tooFew', params: { min: 1 } },
        { path: 'kind', code: 'common.invalidOption' },
        { path: 'nested.code', code: 'address.communeInvalid' },
        { path: 'when', code: 'common.invalidFormat' },
      ],
    });
  });

  it('calls a missing value required and a wrong type invalid', () => {
    const { name: _name, ...withoutName } = valid;
    expect(validateWith(schema, { ...withoutName, age: 'thirty' })).toEqual({
      ok: false,
      errors: [
        { path: 'name', code: 'common.required' },
        { path: 'age', code: 'common.invalid' },
      ],
    });
  });
});
