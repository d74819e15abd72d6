import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcDriftError, compareHlc, createHlc, formatHlc, hlcNodeId, isHlc, parseHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('formats and parses the string form', () => {
    const text = formatHlc({ wallMs: 1_764_145_800_000, counter: 10, nodeId: 'tablet-01' });
    expect(text).toBe('001764145800000-000a-tablet-01');
    expect(parseHlc(text)).toEqual({ wallMs: 1_764_145_800_000, counter: 10, nodeId: 'tablet-01' });
    expect(hlcNodeId(text)).toBe('tablet-01');
    expect(isHlc(text)).toBe(true);
    for (const bad of ['', '1764145800000-0000-x', '001764145800000-000A-x', '001764145800000-0000-', '001764145800000-0000-a b']) {
      expect(isHlc(bad), bad).toBe(false);
      expect(parseHlc(bad), bad).toBeNull();
    }
  });

  it('orders stamps by time, then counter, then node id, as plain strings', () => {
    fc.assert(
      fc.property(
        fc.record({ wallMs: fc.nat(2 ** 45), counter: fc.nat(0xffff), nodeId: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/) }),
        fc.record({ wallMs: fc.nat(2 ** 45), counter: fc.nat(0xffff), nodeId: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/) }),
        (a, b) => {
          const expected = a.wallMs - b.wallMs || a.counter - b.counter || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0);
          expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(expected));
        },
      ),
    );
  });

  it('never goes back, even when the wall clock does', () => {
    const clock = createHlc('tablet-01');
    const a = clock.tick(1000);
    const b = clock.tick(1000);
    const c = clock.tick(500); // the tablet's clock was set back
    const d = clock.tick(2000);
    expect([a, b, c, d]).toEqual([...[a, b, c, d]].sort(compareHlc));
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(parseHlc(c)).toMatchObject({ wallMs: 1000, counter: 2 });
  });

  it('stamps a local edit after everything it has received', () => {
    const behind = createHlc('tablet-behind');
    const remote = createHlc('tablet-ahead').tick(50_000);
    const received = behind.receive(remote, 10_000);
    expect(compareHlc(received, remote)).toBeGreaterThan(0);
    expect(compareHlc(behind.tick(10_001), remote)).toBeGreaterThan(0);
  });

  it('receive follows the HLC rules for each case', () => {
    const clock = createHlc('b', { initial: formatHlc({ wallMs: 100, counter: 3, nodeId: 'b' }) });
    expect(parseHlc(clock.receive(formatHlc({ wallMs: 100, counter: 7, nodeId: 'a' }), 50))).toMatchObject({ wallMs: 100, counter: 8 });
    expect(parseHlc(clock.receive(formatHlc({ wallMs: 90, counter: 9, nodeId: 'a' }), 50))).toMatchObject({ wallMs: 100, counter: 9 });
    expect(parseHlc(clock.receive(formatHlc({ wallMs: 120, counter: 4, nodeId: 'a' }), 50))).toMatchObject({ wallMs: 120, counter: 5 });
    expect(parseHlc(clock.receive(formatHlc({ wallMs: 130, counter: 4, nodeId: 'a' }), 500))).toMatchObject({ wallMs: 500, counter: 0 });
  });

  it('resumes after a restart from the persisted stamp', () => {
    const first = createHlc('tablet-01');
    first.tick(5000);
    const saved = first.last();
    const again = createHlc('tablet-01', { initial: saved });
    expect(compareHlc(again.tick(1000), saved)).toBeGreaterThan(0);
  });

  it('refuses a remote stamp too far ahead when asked to', () => {
    const clock = createHlc('tablet-01', { maxDriftMs: 60_000 });
    const future = formatHlc({ wallMs: 10_000_000, counter: 0, nodeId: 'wrong-year' });
    expect(() => clock.receive(future, 1000)).toThrow(HlcDriftError);
    expect(clock.last()).toBe(formatHlc({ wallMs: 0, counter: 0, nodeId: 'tablet-01' }));
  });

  it('rejects bad node ids', () => {
    expect(() => createHlc('has space')).toThrow(RangeError);
    expect(() => createHlc('')).toThrow(RangeError);
  });
});
