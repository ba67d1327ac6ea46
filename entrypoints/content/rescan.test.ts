import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ScanMemo,
  changeSize,
  createRescanScheduler,
  hasForeignMutation,
  pageKey,
  textHash,
  type ScanReason,
} from './rescan';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRescanScheduler', () => {
  it('debounces a burst of requests into one scan', async () => {
    const run = vi.fn(async (_r: ScanReason) => {});
    const s = createRescanScheduler(run, { debounceMs: 800 });
    for (let i = 0; i < 20; i++) {
      s.request('mutation');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps the strongest reason of a burst', async () => {
    const run = vi.fn(async (_r: ScanReason) => {});
    const s = createRescanScheduler(run, { debounceMs: 100 });
    s.request('mutation');
    s.request('navigation', 50);
    s.request('mutation');
    await vi.advanceTimersByTimeAsync(200);
    expect(run.mock.calls).toEqual([['navigation']]);
  });

  it('never overlaps scans: a request during a scan runs once after it', async () => {
    let active = 0;
    let maxActive = 0;
    const run = vi.fn(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 1000));
      active--;
    });
    const s = createRescanScheduler(run, { debounceMs: 100 });
    s.request('initial', 0);
    await vi.advanceTimersByTimeAsync(10);
    expect(s.running).toBe(true);
    s.request('mutation');
    s.request('mutation');
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('caps scans per minute, then resumes', async () => {
    const run = vi.fn(async () => {});
    const s = createRescanScheduler(run, { debounceMs: 100, maxPerMinute: 3 });
    for (let i = 0; i < 10; i++) {
      s.request('mutation');
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(4); // the pending request ran once the window freed up
  });

  it('a scan that triggers mutations cannot loop: same text → no re-send, and scans stay capped', async () => {
    // Simulates the worst case: every scan itself causes a DOM mutation that requests another scan.
    const memo = new ScanMemo();
    const sends: string[] = [];
    let scans = 0;
    const pageText = 'The same article text, every time.';
    const s = createRescanScheduler(
      async () => {
        scans++;
        const decision = memo.decide(pageText, true);
        if (decision === 'match') {
          sends.push(pageText);
          memo.commit(pageText);
        }
        s.request('mutation'); // our own scan "mutated" the page
      },
      { debounceMs: 800, maxPerMinute: 12 },
    );
    s.request('initial', 0);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sends).toHaveLength(1);
    expect(scans).toBeLessThanOrEqual(12 * 10 + 1);
    s.cancel();
  });

  it('cancel drops the pending request', async () => {
    const run = vi.fn(async () => {});
    const s = createRescanScheduler(run, { debounceMs: 100 });
    s.request('mutation');
    s.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('ScanMemo', () => {
  const base = 'Pentagon weighs future of 2,500 troops in Iraq.\nBy Priya · Updated just now\n' + 'Body text. '.repeat(100);

  it('matches first, then skips the same text', () => {
    const m = new ScanMemo();
    expect(m.decide(base, false)).toBe('match');
    m.commit(base);
    expect(m.lastHash).toBe(textHash(base));
    expect(m.decide(base, true)).toBe('skip');
  });

  it('re-highlights the same text on re-rendered nodes, re-matches changed text on new nodes', () => {
    const m = new ScanMemo();
    m.commit(base);
    expect(m.decide(base, false)).toBe('rehighlight');
    expect(m.decide(base.replace('just now', '1 min ago'), false)).toBe('match');
  });

  it('ignores small in-place edits (a ticking clock) but not a rewritten paragraph', () => {
    const m = new ScanMemo();
    m.commit(base);
    expect(m.decide(base.replace('just now', '12 min ago'), true)).toBe('skip');
    const corrected = base + '\nUPDATE: A defence official said on Thursday that no decision had been made on reducing the 2,500 US troops in Iraq.';
    expect(m.decide(corrected, true)).toBe('match');
  });

  it('reset forgets the text', () => {
    const m = new ScanMemo();
    m.commit(base);
    m.reset();
    expect(m.decide(base, true)).toBe('match');
  });
});

describe('helpers', () => {
  it('changeSize counts the edited middle', () => {
    expect(changeSize('abcdef', 'abcdef')).toBe(0);
    expect(changeSize('abc just now def', 'abc 3 min ago def')).toBe(9);
    expect(changeSize('', 'abc')).toBe(3);
    expect(changeSize('aaaa', 'aa')).toBe(2);
  });

  it('textHash differs for different texts and includes the length', () => {
    expect(textHash('a')).not.toBe(textHash('b'));
    expect(textHash('hello')).toMatch(/^[0-9a-f]{8}:5$/);
  });

  it('pageKey ignores the fragment', () => {
    expect(pageKey('https://x.test/a?b=1#section')).toBe('https://x.test/a?b=1');
    expect(pageKey('https://x.test/a')).toBe('https://x.test/a');
  });

  it('hasForeignMutation ignores our own UI and irrelevant targets', () => {
    const own = { own: true };
    const page = { own: false };
    const isOwn = (n: unknown) => (n as { own?: boolean })?.own === true;
    const rec = (type: string, target: unknown, added: unknown[] = [], removed: unknown[] = []) => ({ type, target, addedNodes: added, removedNodes: removed });
    expect(hasForeignMutation([rec('childList', page, [own])], isOwn)).toBe(false); // our host was appended to body
    expect(hasForeignMutation([rec('characterData', own)], isOwn)).toBe(false);
    expect(hasForeignMutation([rec('childList', page, [own]), rec('childList', page, [page])], isOwn)).toBe(true);
    expect(hasForeignMutation([rec('characterData', page)], isOwn, () => false)).toBe(false); // outside the article
    expect(hasForeignMutation([rec('characterData', page)], isOwn)).toBe(true);
  });
});
