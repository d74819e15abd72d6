import { describe, expect, it } from 'vitest';
import { PIN_ITERATIONS, PIN_PATTERN } from './pin';

describe('PIN rules', () => {
  it('uses at least 600,000 PBKDF2 iterations and 4–6 digits', () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(['1234', '123456'].every((p) => PIN_PATTERN.test(p))).toBe(true);
    expect(['123', '1234567', '12a4', ''].some((p) => PIN_PATTERN.test(p))).toBe(false);
  });
});
