// Test fixture shared by the import topic-update tests: reports of invented things, some naming "the permit".
import type { ImportItem } from '@/utils/messages';

const SYLLABLES = ['bar', 'ven', 'tor', 'lis', 'mak', 'dun', 'rel', 'sop', 'gat', 'fim', 'kor', 'nep'];
/** An invented noun no other report uses. */
export const noun = (i: number) => `${SYLLABLES[i % 12]}${SYLLABLES[Math.floor(i / 12) % 12]}${SYLLABLES[Math.floor(i / 144) % 12]}ix`;

/**
 * Report `j`: an inspection of two invented things. A permit report also mentions "the permit" — a concept spread over
 * outlets that shares no other key word across its reports, so it fails the story check every time it is judged.
 * `urlPrefix` keeps each test's URLs its own.
 */
export function permitReport(j: number, permit: boolean, urlPrefix: string): ImportItem {
  const body = [
    `Workers inspected the ${noun(3 * j)} near the ${noun(3 * j + 1)}, officials said on Monday.`,
    permit ? `The permit for the ${noun(3 * j + 2)} was approved, officials said.` : `The ${noun(3 * j + 2)} was approved, officials said.`,
  ].join(' ');
  const outlet = ['Alpha News', 'Beta Post', 'Gamma Wire'][j % 3]!;
  return { name: `report-${j}.txt`, title: `Report ${j}`, text: `Report ${j}\n\n${body}`, outlet, url: `https://example.test/${urlPrefix}-${j}` };
}
