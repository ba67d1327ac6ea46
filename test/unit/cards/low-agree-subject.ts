/**
 * A made-up subject of our own (test/fixtures/subjects/<name>: articles/ and page.txt) loaded as a pack, and the card
 * items its page gets with the card-pair model's agree threshold lowered (to `agrees`): the model then calls every
 * same-question pair an agreement, so what is left as an agree is what the gates let through. Registers the
 * beforeAll/afterAll that lower and restore the threshold; `items()` answers once beforeAll ran.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadArticles } from '@/scripts/pack-files';
import { buildPack, validatePack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { contrastItems } from '@/utils/engine/shown';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';
import type { Contrast } from '@/utils/engine/types';

/** The page's metadata besides its text (read from the subject's page.txt). */
export interface SubjectPageMeta {
  url: string;
  title: string;
  siteName: string;
  published: string;
}

/** See the module comment. `createdAt` stamps the pack (its articles carry their own dates). */
export function lowAgreeSubject(name: string, page: SubjectPageMeta, createdAt: string, agrees = 0.05) {
  const dir = join(__dirname, '../../fixtures/subjects', name);
  const files = readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f));
  const loaded = loadArticles(files);
  const pack = validatePack(buildPack(loaded.analyzed, { createdAt }));
  const input = { ...page, text: readFileSync(join(dir, 'page.txt'), 'utf8') };
  const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
  const keep = { ...CARD_STANCE_THRESHOLDS };
  let items: Contrast[] = [];
  beforeAll(() => {
    CARD_STANCE_THRESHOLDS.agrees = agrees;
    items = matchPage(buildCorpusIndex(pack), input, opts).topics.flatMap((t) => contrastItems(t.contrasts));
  });
  afterAll(() => void Object.assign(CARD_STANCE_THRESHOLDS, keep));
  return {
    loaded,
    pack,
    items: () => items,
    /** The labels of the items pairing a page sentence and a claim (each given by how it starts). */
    labelOf: (pageStart: string, claimStart: string) =>
      items.filter((c) => c.pageSentence?.text.startsWith(pageStart) && c.claim.text.startsWith(claimStart)).map((c) => c.relation.label),
  };
}
