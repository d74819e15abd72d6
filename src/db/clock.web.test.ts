import { describe, expect, it } from 'vitest';
import { compareHlc, isHlc } from '../shared/hlc';
import { nextHlc, observeHlc } from './clock';
import { CauNoiDatabase } from './database';

describe('the device clock', () => {
  it('never goes backwards, even when the wall clock does, and moves past what it has seen', async () => {
    const db = new CauNoiDatabase(`clock-${crypto.randomUUID()}`);
    const a = await nextHlc(db, 2_000_000);
    const b = await nextHlc(db, 1_000_000); // the tablet's clock jumped back
    expect(isHlc(a) && isHlc(b)).toBe(true);
    expect(compareHlc(b, a)).toBe(1);
    const remote = '000000003000000-0005-other-device';
    await observeHlc(db, remote, 1_000_000);
    expect(compareHlc(await nextHlc(db, 1_000_000), remote)).toBe(1);
  });
});
