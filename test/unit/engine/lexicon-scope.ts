/**
 * Runs a describe block under one domain lexicon and puts the previous one back afterwards, so a test of a
 * subject's vocabulary (ISIS = Daesh, the "IS" rule) never leaks it into tests of the general defaults.
 */
import { afterAll, beforeAll } from 'vitest';
import { domainLexicon, setDomainLexicon, type DomainLexicon } from '@/utils/engine/lexicon/domain';

/** Call at the top of a `describe`: its tests run with `lexicon` in force. */
export function underLexicon(lexicon: DomainLexicon): void {
  let previous = domainLexicon();
  beforeAll(() => {
    previous = domainLexicon();
    setDomainLexicon(lexicon);
  });
  afterAll(() => setDomainLexicon(previous));
}
