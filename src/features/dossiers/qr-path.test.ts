import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

describe('qrPath', () => {
  it('draws each run of dark modules on a row as one rectangle', () => {
    const grid = ['110', '010', '111'];
    expect(qrPath(3, (r, c) => grid[r]![c] === '1')).toBe('M0 0h2v1h-2zM1 1h1v1h-1zM0 2h3v1h-3z');
  });
});
