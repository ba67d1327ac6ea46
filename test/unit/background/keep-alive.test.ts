import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepAliveWhile } from '@/utils/background/keep-alive';

afterEach(() => vi.useRealTimers());

describe('keepAliveWhile', () => {
  it('pings every interval while the work runs, and stops once it settles', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(async () => undefined);
    let finish!: (v: string) => void;
    const kept = keepAliveWhile(new Promise<string>((r) => (finish = r)), ping, 25_000);
    await vi.advanceTimersByTimeAsync(80_000);
    expect(ping).toHaveBeenCalledTimes(3);
    finish('done');
    await expect(kept).resolves.toBe('done');
    await vi.advanceTimersByTimeAsync(100_000);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('passes a rejection through, stops pinging, and ignores a failing ping', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(async () => {
      throw new Error('no API');
    });
    let fail!: (e: Error) => void;
    const kept = keepAliveWhile(new Promise<never>((_, r) => (fail = r)), ping, 1_000);
    const settled = expect(kept).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(2_500);
    expect(ping).toHaveBeenCalledTimes(2);
    fail(new Error('boom'));
    await settled;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
