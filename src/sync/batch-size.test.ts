import { describe, expect, it } from 'vitest';
import { nextBatchSize } from './batch-size';

const limits = { min: 50, max: 2000 };

describe('nextBatchSize', () => {
  it('doubles after a fast full batch, up to the maximum', () => {
    expect(nextBatchSize(250, 250, 120, limits)).toBe(500);
    expect(nextBatchSize(1500, 1500, 300, limits)).toBe(2000);
    expect(nextBatchSize(2000, 2000, 300, limits)).toBe(2000);
  });

  it('does not grow on the last, partial batch', () => {
    expect(nextBatchSize(250, 40, 50, limits)).toBe(250);
  });

  it('keeps the size in the comfortable range', () => {
    expect(nextBatchSize(250, 250, 2500, limits)).toBe(250);
  });

  it('halves after a slow batch, down to the minimum', () => {
    expect(nextBatchSize(250, 250, 8000, limits)).toBe(125);
    expect(nextBatchSize(60, 60, 8000, limits)).toBe(50);
  });
});
