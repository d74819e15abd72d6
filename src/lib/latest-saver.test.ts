import { describe, expect, it } from 'vitest';
import { createLatestSaver } from './latest-saver';

describe('createLatestSaver', () => {
  it('writes the newest value, one write at a time, and flush waits for it', async () => {
    const written: number[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const saver = createLatestSaver<number>(async (value) => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((r) => setTimeout(r, 5));
      written.push(value);
      concurrent--;
    });
    for (let i = 1; i <= 10; i++) saver.save(i);
    await saver.flush();
    expect(maxConcurrent).toBe(1);
    expect(written[0]).toBe(1);
    expect(written.at(-1)).toBe(10);
    expect(written.length).toBeLessThan(10);
  });

  it('keeps going after a failed write', async () => {
    const written: string[] = [];
    const errors: unknown[] = [];
    const saver = createLatestSaver<string>((value) => {
      if (value === 'bad') return Promise.reject(new Error('disk full'));
      written.push(value);
      return Promise.resolve();
    }, (e) => errors.push(e));
    saver.save('bad');
    await saver.flush();
    saver.save('good');
    await saver.flush();
    expect(written).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });
});
