/**
 * A made-up story of our own told by a few outlets, as the card tests of session 37 write it (cause-frame, plan-frame,
 * earlier-warning, story-figure, same-estimate): each outlet's sentences are one article, analysed and packed, and the
 * page is matched against them. Answers every card item of the page, a one-line listing of them for assertion
 * messages, and the figure rows of every topic.
 */
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage, type PageInput } from '@/utils/engine/match';
import { contrastItems } from '@/utils/engine/shown';
import type { Contrast, FigureRow } from '@/utils/engine/types';

/** One outlet's report: its sentences, published on `published`. */
export interface OutletReport {
  outlet: string;
  published: string;
  sentences: readonly string[];
}

/**
 * The card items of `page` against the story: each report an article titled "`title` (outlet)" at
 * https://<outlet>.example/`path`/<n>, packed at `createdAt`; matched at medium sensitivity, nothing muted.
 */
export function outletStoryItems(story: { title: string; path: string; createdAt: string; reports: readonly OutletReport[] }, page: PageInput): { items: Contrast[]; shown: string; rows: FigureRow[] } {
  const pack = buildPack(
    story.reports.map(({ outlet, published, sentences }, i) =>
      analyzeArticle({
        text: sentences.join(' '),
        format: 'text',
        title: `${story.title} (${outlet})`,
        outlet,
        url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/${story.path}/${i}`,
        published,
        name: `${outlet} report`,
      }),
    ),
    { createdAt: story.createdAt },
  );
  const match = matchPage(buildCorpusIndex(pack), page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
  const items = match.topics.flatMap((t) => contrastItems(t.contrasts));
  const rows = match.topics.flatMap((t) => t.figures);
  return { items, shown: JSON.stringify(items.map((c) => [c.relation.label, c.claim.text.slice(0, 50), c.pageSentence?.text.slice(0, 30)])), rows };
}
