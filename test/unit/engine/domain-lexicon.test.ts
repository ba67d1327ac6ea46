/**
 * The domain lexicon (issue 9, item 6): the seed subject's vocabulary sits behind one engine option, the engine's
 * default is general, and the extension never switches it (it adds only what the user's corpus mined).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { domainLexicon, GENERAL_LEXICON, SECURITY_NEWS_LEXICON, setDomainLexicon, useCorpusAliases } from '@/utils/engine/lexicon/domain';
import { extractTerms, prepare } from '@/utils/engine/relation';
import { anaphorPattern } from '@/utils/engine/topics';
import { spotEntities } from '@/utils/engine/text';

afterEach(() => {
  setDomainLexicon(GENERAL_LEXICON);
  useCorpusAliases(new Map());
});

describe('one engine option for subject vocabulary', () => {
  it('defaults to the general lexicon', () => {
    expect(domainLexicon()).toBe(GENERAL_LEXICON);
  });

  it('general: no armed-group aliases, no "IS" rule, no military anaphors or idioms — security news adds each', () => {
    const read = () => ({
      daeshIsIsis: extractTerms('Daesh fighters regrouped').has('#isis'),
      isGroup: spotEntities('What is IS? It is a verb here.').length === 0,
      militantsAnaphor: anaphorPattern().test('The militants have regrouped in the desert.'),
      groupAnaphor: anaphorPattern().test('The group has regrouped in the desert.'),
      onTheRopes: prepare('The insurgency is on the ropes.').down.length > 0,
    });
    expect(read()).toEqual({ daeshIsIsis: false, isGroup: false, militantsAnaphor: false, groupAnaphor: true, onTheRopes: false });
    setDomainLexicon(SECURITY_NEWS_LEXICON);
    expect(read()).toEqual({ daeshIsIsis: true, isGroup: true, militantsAnaphor: true, groupAnaphor: true, onTheRopes: true });
    // Caches follow the option back.
    setDomainLexicon(GENERAL_LEXICON);
    expect(read()).toEqual({ daeshIsIsis: false, isGroup: false, militantsAnaphor: false, groupAnaphor: true, onTheRopes: false });
  });

  it('a corpus adds the names it mined as one (a second subject: a ferry operator known by two names)', () => {
    expect(extractTerms('Nordline cancelled the crossing.').has('#baltic-ferry-line')).toBe(false);
    useCorpusAliases(
      new Map([['baltic-ferry-line', { id: 'baltic-ferry-line', label: 'Baltic Ferry Line', kind: 'org', aliases: ['baltic ferry line', 'nordline'], outletCount: 2, claimCount: 3, weight: 1 }]]),
    );
    expect(extractTerms('Nordline cancelled the crossing.').has('#baltic-ferry-line')).toBe(true);
    expect(extractTerms('The Baltic Ferry Line cancelled the crossing.').has('#baltic-ferry-line')).toBe(true);
  });
});

describe('the extension runs the general lexicon', () => {
  /** Every .ts/.tsx file under a folder. */
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
    });

  it('no extension code sets a domain lexicon (only scripts and tests choose one)', () => {
    const setters = [...files('entrypoints'), ...files('utils')].filter((f) => !f.endsWith('lexicon/domain.ts') && /setDomainLexicon\(/.test(readFileSync(f, 'utf8')));
    expect(setters).toEqual([]);
    // The check can fail: the CLI does set it.
    expect(/setDomainLexicon\(/.test(readFileSync('scripts/cli.ts', 'utf8'))).toBe(true);
  });
});
