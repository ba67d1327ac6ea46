/**
 * Issue 11, page side: a long import is one resumable job (lost replies resent and answered from the
 * journal, report = database, no raw browser text), settings writes never lose a quick second change, and a
 * backup's rows restore instead of being skipped as duplicates.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, jobOutcomes } from '@/utils/corpus';
import type { ImportItem } from '@/utils/messages';
import { commitJob, friendlyError, type JobBatch } from '@/utils/options/commit';
import { chunk, summariseOutcomes } from '@/utils/options/queue';
import { markDuplicates, type PreviewRow } from '@/utils/options/preview';
import { DEFAULT_SETTINGS, readSettings, updateSettings, validSettings } from '@/utils/settings';

const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

const item = (i: number): ImportItem => ({
  name: `big.jsonl line ${i + 1}`,
  title: `Grain prices ${i}`,
  outlet: 'Farm Weekly',
  url: `https://farm.example/grain-${i}`,
  text: `Wheat prices rose ${i + 2} percent in March, the ministry said on Friday, after ${i + 10} mills closed.`,
});

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-commit-${++n}`);
});

describe('commitJob over a background that stops', () => {
  it('a batch written but whose reply was lost is resent, answered from the journal, and the report equals the database', async () => {
    const items = Array.from({ length: 12 }, (_, i) => item(i));
    let sends = 0;
    const batches: JobBatch[] = chunk(items, 5).map((batch) => ({
      names: batch.map((i) => i.name),
      send: async (job, { lastOfJob }) => {
        sends++;
        const out = await importItems(db, batch, Date.now(), { job, deferTopics: !lastOfJob });
        // The second batch is stored, then the worker stops before answering (once).
        if (job.offset === 5 && sends === 2) throw new Error(CLOSED);
        return out;
      },
    }));
    const r = await commitJob(batches, { jobId: 'j', label: 'big.jsonl', wait: async () => {}, recover: (j, f, t) => jobOutcomes(db, j, f, t) });
    expect(r.resent).toBe(1);
    const s = summariseOutcomes(r.outcomes);
    // Before issue 11: "5 imported · 5 errors (message channel closed)" while 10 were stored, or duplicates on a resend.
    expect(s).toMatchObject({ imported: 12, duplicates: 0, errors: 0 });
    expect(s.imported).toBe(await db.articles.count());
  });

  it('a batch that keeps failing is reported from what the database holds, in words', async () => {
    const items = Array.from({ length: 6 }, (_, i) => item(i));
    const batches: JobBatch[] = chunk(items, 3).map((batch) => ({
      names: batch.map((i) => i.name),
      send: async (job) => {
        if (job.offset === 3) {
          await importItems(db, batch.slice(0, 3), Date.now(), { job }); // stored every time, reply always lost
          throw new Error(CLOSED);
        }
        return importItems(db, batch, Date.now(), { job });
      },
    }));
    const r = await commitJob(batches, { jobId: 'k', label: 'x', retries: 2, wait: async () => {}, recover: (j, f, t) => jobOutcomes(db, j, f, t) });
    expect(summariseOutcomes(r.outcomes).imported).toBe(await db.articles.count());
    expect(r.outcomes.map((o) => ('reason' in o ? o.reason : '')).join(' ')).not.toMatch(/listener|channel/);
  });

  it('never shows the browser wording', () => {
    expect(friendlyError(new Error(CLOSED))).toBe('ClaimLens’s background stopped before it answered');
    expect(friendlyError(new Error('Could not establish connection. Receiving end does not exist.'))).not.toMatch(/Receiving end/);
  });
});

describe('settings writes', () => {
  it('"Mute topic" then at once "Mute <outlet>" keeps both', async () => {
    await Promise.all([updateSettings({ mutedTopics: ['topic-isis'] }), updateSettings({ mutedOutlets: ['sputnik'] })]);
    const s = await readSettings();
    expect(s.mutedTopics).toEqual(['topic-isis']);
    expect(s.mutedOutlets).toEqual(['sputnik']);
  });

  it('function updates see the previous queued change', async () => {
    await Promise.all(['a', 'b', 'c'].map((t) => updateSettings((cur) => ({ mutedTopics: [...cur.mutedTopics, t] }))));
    expect((await readSettings()).mutedTopics).toEqual(['a', 'b', 'c']);
  });

  it('a backup\'s settings are taken only where valid', () => {
    expect(validSettings({ ...DEFAULT_SETTINGS, mutedTopics: ['x', 3], sensitivity: 'extreme', evil: true })).toEqual({
      pausedEverywhere: false,
      pausedSites: [],
      highlightStyle: 'underline',
      mutedTopics: ['x'],
      mutedOutlets: [],
    });
  });
});

describe('backup rows', () => {
  it('are kept selected even when the article is stored (the backup may hold the user\'s edit of it)', () => {
    const row = { key: 'k', name: 'n', articleId: 'a1', url: null, selected: true, duplicate: null, restores: true } as unknown as PreviewRow;
    const [marked] = markDuplicates([row], { ids: ['a1'], urls: [] });
    expect(marked.selected).toBe(true);
    expect(marked.duplicate).toBeNull();
  });
});

