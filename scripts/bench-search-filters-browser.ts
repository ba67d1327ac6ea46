/**
 * Popup search with filters in Chromium, on a kept profile holding a corpus (issue 10): for each filter the popup offers
 * (one outlet, one topic, one kind, one year of dates) the filters alone (empty text: claims listed newest first) and
 * with a word, through `search.query` as the popup asks (limit 30), `--rounds` times; prints the median end-to-end ms,
 * the worker's ms and its steps per group, and how long the first open of the profile took (a new db version upgrades
 * it then). Reads and writes nothing else; run it on a copy of a profile (the first open upgrades it). The profile must
 * have been filled by a build at the same path: Chromium names an unpacked extension (and its IndexedDB) after its
 * directory's path, so a build elsewhere opens an empty database (seeds only).
 *
 *   npx wxt build && node --import tsx scripts/bench-search-filters-browser.ts --profile DIR [--rounds 3] [--word police]
 */
import { loadavg } from 'node:os';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import type { Facets, SearchQuery } from '../utils/messages';
import { dropCachedWorker, installSettled } from './bench-browser';

/** What the page side of `evaluate` uses of the extension API. */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown } | undefined> } };

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const profile = arg('profile');
if (!profile) throw new Error('bench-search-filters-browser: --profile DIR is required');
const rounds = Number(arg('rounds') ?? 3);
const word = arg('word') ?? 'police';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;

dropCachedWorker(profile);
const load0 = loadavg()[0];
const t0 = performance.now();
const s = await launchExtension({ userDataDir: profile });
try {
  await installSettled(s);
  const { page } = await openExtensionPage(s, 'popup.html');
  const ask = <T>(type: string, payload: unknown) =>
    page.evaluate(async ([ty, p]) => {
      const t = performance.now();
      const reply = await chrome.runtime.sendMessage({ claimlens: 1, type: ty, payload: p });
      if (!reply?.ok) throw new Error(`bench: ${ty} failed: ${JSON.stringify(reply).slice(0, 300)}`);
      return { ms: performance.now() - t, data: reply.data };
    }, [type, payload] as const) as Promise<{ ms: number; data: T }>;
  const facets = (await ask<Facets>('search.facets', {})).data;
  const opened = performance.now() - t0;
  const first = await ask<{ total: number }>('search.query', { text: word, sort: 'relevance', limit: 30 });
  const years = [facets.dateRange.min, facets.dateRange.max].map((d) => Number(d?.slice(0, 4) ?? 2020));
  const groups: Record<string, Partial<SearchQuery>[]> = {
    outlet: facets.outlets.slice(0, 5).map((o) => ({ outletIds: [o.id] })),
    topic: facets.topics.slice(0, 5).map((t) => ({ topicIds: [t.id] })),
    kind: facets.kinds.map((k) => ({ kinds: [k] })),
    year: [0, 1, 2, 3, 4].map((i) => {
      const y = Math.max(years[0]!, years[1]! - i);
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    }),
  };
  const out: Record<string, unknown> = { loadAverage: load0, launchToFacetsMs: Math.round(opened), firstQueryMs: r1(first.ms) };
  for (const [name, filters] of Object.entries(groups))
    for (const text of ['', word]) {
      const ms: number[] = [];
      const took: number[] = [];
      const totals: number[] = [];
      let phases: Record<string, number> = {};
      for (let r = 0; r < rounds; r++)
        for (const f of filters) {
          const { ms: m, data } = await ask<{ total: number; tookMs: number; phases?: Record<string, number> }>('search.query', { text, sort: 'relevance', limit: 30, ...f });
          ms.push(m);
          took.push(data.tookMs);
          totals.push(data.total);
          phases = data.phases ?? {};
        }
      out[`${name}${text ? ` + "${text}"` : ' alone'}`] = { ms: r1(median(ms)), workerMs: r1(median(took)), maxMs: r1(Math.max(...ms)), matchesMedian: median(totals), lastPhases: phases };
    }
  out.loadAverageEnd = loadavg()[0];
  console.log(JSON.stringify(out, null, 2));
} finally {
  await s.close();
}
