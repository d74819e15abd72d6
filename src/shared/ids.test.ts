import { describe, it, expect } from 'vitest';
import { isUuid, newId } from './ids';

describe('newId', () => {
  it('returns a version 4 UUID', () => {
    const id = newId();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('4');
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, newId));
    expect(ids.size).toBe(1000);
  });
});

describe('isUuid', () => {
  it('rejects strings that only look close', () => {
    expect(isUuid('6f1c2a3e-1b2c-4d5e-8f90-1234567890ab')).toBe(true);
    expect(isUuid('6f1c2a3e-1b2c-4d5e-8f90-1234567890a')).toBe(false);
    expect(isUuid('6f1c2a3e1b2c4d5e8f901234567890ab')).toBe(false);
    expect(isUuid('6f1c2a3e-1b2c-4d5e-7f90-1234567890ab')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
