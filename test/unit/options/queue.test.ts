import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '@/utils/messages';
import { chunk, commitInBatches, describeSummary, formatCount, runSliced, summariseOutcomes } from '@/utils/options/queue';

const ok = (name: string): ImportOutcome => ({ name, status: 'imported', articleId: `id-${name}`, claims: 2 });
const errorFor = (batch: string[], err: unknown): ImportOutcome[] =>
  batch.map((name) => ({ name, status: 'error', reason: String((err as Error).message) }));

describe('chunk', () => {
  it('splits into batches of at most n', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });
  it('refuses a bad size', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('commitInBatches', () => {
  const items = Array.from({ length: 120 }, (_, i) => `item-${i}`);

  it('sends 50 at a time in order and reports progress after each batch', async () => {
    const send = vi.fn(async (batch: string[]) => batch.map(ok));
    const progress: number[] = [];
    const r = await commitInBatches(items, send, { onBatchError: errorFor, onProgress: (p) => progress.push(p.done) });
    expect(send.mock.calls.map((c) => c[0].length)).toEqual([50, 50, 20]);
    expect(send.mock.calls[1][0][0]).toBe('item-50');
    expect(progress).toEqual([0, 50, 100, 120]);
    expect(r).toMatchObject({ cancelled: false, notSent: 0 });
    expect(r.outcomes).toHaveLength(120);
  });

  it('turns a failed batch into errors for its items and goes on', async () => {
    let call = 0;
    const send = async (batch: string[]) => {
      if (++call === 2) throw new Error('background did not answer');
      return batch.map(ok);
    };
    const r = await commitInBatches(items, send, { onBatchError: errorFor });
    const s = summariseOutcomes(r.outcomes);
    expect(s).toMatchObject({ imported: 70, errors: 50 });
    expect(r.outcomes[50]).toEqual({ name: 'item-50', status: 'error', reason: 'background did not answer' });
  });

  it('stops between batches when cancelled, keeping what was written', async () => {
    const ctl = new AbortController();
    const send = vi.fn(async (batch: string[]) => {
      ctl.abort();
      return batch.map(ok);
    });
    const r = await commitInBatches(items, send, { onBatchError: errorFor, signal: ctl.signal });
    expect(send).toHaveBeenCalledTimes(1);
    expect(r).toMatchObject({ cancelled: true, notSent: 70 });
    expect(r.outcomes).toHaveLength(50);
  });

  it('accepts a custom batch size', async () => {
    const send = vi.fn(async (batch: string[]) => batch.map(ok));
    await commitInBatches(items.slice(0, 7), send, { onBatchError: errorFor, batchSize: 3 });
    expect(send.mock.calls.map((c) => c[0].length)).toEqual([3, 3, 1]);
  });
});

describe('summaries', () => {
  it('counts and describes outcomes', () => {
    const outcomes: ImportOutcome[] = [
      ok('a'),
      ok('b'),
      { name: 'c', status: 'duplicate', articleId: 'x', reason: 'same text' },
      { name: 'd', status: 'error', reason: 'no text' },
    ];
    const s = summariseOutcomes(outcomes);
    expect(s).toEqual({ imported: 2, duplicates: 1, errors: 1, claims: 4 });
    expect(describeSummary(s)).toBe('2 articles imported (4 claims) · 1 duplicate skipped · 1 error');
    expect(describeSummary({ imported: 1, duplicates: 0, errors: 0, claims: 1 })).toBe('1 article imported (1 claim)');
  });
  it('formats a count as "412 / 1,200"', () => {
    expect(formatCount(412, 1200)).toBe('412 / 1,200');
  });
});

describe('runSliced', () => {
  it('yields when a slice runs long and reports progress', async () => {
    let t = 0;
    const yields = vi.fn(async () => {});
    const progress: number[] = [];
    const n = await runSliced(
      [1, 2, 3, 4, 5],
      () => {
        t += 10;
      },
      { now: () => t, sliceMs: 15, progressMs: 0, yieldNow: yields, onProgress: (p) => progress.push(p.done) },
    );
    expect(n).toBe(5);
    expect(yields).toHaveBeenCalledTimes(2);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(5);
  });

  it('stops at the next item once aborted', async () => {
    const ctl = new AbortController();
    const seen: number[] = [];
    const n = await runSliced([1, 2, 3, 4], (x) => {
      seen.push(x);
      if (x === 2) ctl.abort();
    }, { signal: ctl.signal, yieldNow: async () => {} });
    expect(n).toBe(2);
    expect(seen).toEqual([1, 2]);
  });
});
