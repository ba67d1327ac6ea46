import { describe, expect, it } from 'vitest';
import { backoffMs, clampSchedule, conditionalHeaders, inWords, nextAfterError, nextAfterSuccess, retryAfterMs } from '@/utils/sources/schedule';
import { expiredArticleIds, retentionInWords } from '@/utils/sources/retention';

const MIN = 60_000;
const DAY = 86_400_000;

describe('schedule arithmetic', () => {
  it('backs off 5, 10, 20, 40 min ... and never more than a day', () => {
    expect([0, 1, 2, 3, 4].map(backoffMs)).toEqual([0, 5 * MIN, 10 * MIN, 20 * MIN, 40 * MIN]);
    expect(backoffMs(10)).toBe(24 * 60 * MIN);
    expect(backoffMs(500)).toBe(24 * 60 * MIN);
  });

  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Wed, 21 Oct 2026 07:30:00 GMT', 30 * MIN],
    ['Wed, 21 Oct 2026 06:00:00 GMT', 0], // in the past: no wait
    ['99999999', 7 * DAY], // a week at most
    ['soon', null],
    [null, null],
  ])('reads Retry-After %s', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('2026-10-21T07:00:00Z'))).toBe(ms);
  });

  it('waits the longer of the backoff and the server’s Retry-After after an error', () => {
    const now = 1_000_000;
    expect(nextAfterError(1, now, null)).toBe(now + 5 * MIN);
    expect(nextAfterError(1, now, 2 * 60 * MIN)).toBe(now + 2 * 60 * MIN);
    expect(nextAfterError(4, now, 60_000)).toBe(now + 40 * MIN);
  });

  it('fetches again after the schedule, clamped to 15 min … 1 week', () => {
    expect(nextAfterSuccess({ scheduleMinutes: 60 }, 0)).toBe(60 * MIN);
    expect(nextAfterSuccess({ scheduleMinutes: 1 }, 0)).toBe(15 * MIN);
    expect(clampSchedule(1e9)).toBe(7 * 24 * 60);
    expect(clampSchedule(Number.NaN)).toBe(60);
  });

  it('sends the validators of the last answer as conditional headers, and none before the first', () => {
    expect(conditionalHeaders({ etag: null, lastModified: null })).not.toHaveProperty('if-none-match');
    expect(conditionalHeaders({ etag: null, lastModified: null })).not.toHaveProperty('if-modified-since');
    const h = conditionalHeaders({ etag: 'W/"abc"', lastModified: 'Tue, 10 Jun 2025 04:00:00 GMT' });
    expect(h['if-none-match']).toBe('W/"abc"');
    expect(h['if-modified-since']).toBe('Tue, 10 Jun 2025 04:00:00 GMT');
    expect(h.accept).toMatch(/application\/rss\+xml/);
  });

  it('says when in words', () => {
    expect([0, 10 * MIN, 120 * MIN, 3 * DAY].map(inWords)).toEqual(['now', 'in 10 min', 'in 2 h', 'in 3 days']);
  });
});

describe('retention', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const art = (id: string, published: string | null, importedAt: number, source: 'feed' | 'import' | 'seed' = 'feed', sourceId = 's1') => ({ id, published, importedAt, source, sourceId });
  const articles = [
    art('new', '2026-11-27', now),
    art('old', '2026-05-01', now),
    art('undated-recent', null, now - 2 * DAY),
    art('undated-old', null, now - 200 * DAY),
    art('partial-date', '2026-01', now - DAY), // only a month: judged by when it was fetched
    art('hand-old', '2020-01-01', 0, 'import', undefined as unknown as string),
    art('seed-old', '2020-01-01', 0, 'seed', undefined as unknown as string),
    art('other-source-old', '2020-01-01', 0, 'feed', 's2'),
  ];

  it('keeps N days: drops only this source’s older articles, never seeds, imports or other sources', () => {
    expect(expiredArticleIds(articles, 's1', { kind: 'days', days: 90 }, now).sort()).toEqual(['old', 'undated-old']);
  });

  it('keeps N articles: the newest N of this source', () => {
    expect(expiredArticleIds(articles, 's1', { kind: 'count', count: 2 }, now).sort()).toEqual(['old', 'undated-old', 'undated-recent']);
    expect(expiredArticleIds(articles, 's1', { kind: 'count', count: 100 }, now)).toEqual([]);
  });

  it('says the policy in words', () => {
    expect(retentionInWords({ kind: 'days', days: 90 })).toBe('keep 90 days');
    expect(retentionInWords({ kind: 'count', count: 1 })).toBe('keep 1 article');
  });
});
