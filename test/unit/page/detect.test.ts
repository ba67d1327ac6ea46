import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleSignal, isArticlePage, jsonLdHasArticle } from '@/utils/page/detect';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i}: the coalition said about 2,500 US troops remain in Iraq to advise Iraqi forces fighting remnants of the Islamic State group, officials said on Tuesday.</p>`).join('');

function doc(head: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}
const ld = (value: unknown) => `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

describe('jsonLdHasArticle', () => {
  it.each([
    ['NewsArticle', { '@type': 'NewsArticle' }, true],
    ['Article', { '@type': 'Article' }, true],
    ['ReportageNewsArticle', { '@type': 'ReportageNewsArticle' }, true],
    ['BlogPosting', { '@type': 'BlogPosting' }, true],
    ['type array', { '@type': ['Thing', 'NewsArticle'] }, true],
    ['schema.org URL type', { '@type': 'https://schema.org/NewsArticle' }, true],
    ['@graph', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'WebPage' }, { '@type': 'Article' }] }, true],
    ['top-level array', [{ '@type': 'Organization' }, { '@type': 'NewsArticle' }], true],
    ['WebPage with mainEntity', { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }, true],
    ['WebSite only', { '@type': 'WebSite', name: 'Example' }, false],
    ['Organization + BreadcrumbList', [{ '@type': 'Organization' }, { '@type': 'BreadcrumbList' }], false],
    ['no type', { headline: 'x' }, false],
    ['null', null, false],
  ])('%s', (_name, value, expected) => {
    expect(jsonLdHasArticle(value)).toBe(expected);
  });
});

describe('isArticlePage', () => {
  it.each<[string, string, string, ReturnType<typeof articleSignal>]>([
    ['JSON-LD NewsArticle', ld({ '@type': 'NewsArticle' }), `<main>${prose(2)}</main>`, 'json-ld'],
    ['JSON-LD @graph Article', ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article' }] }), prose(2), 'json-ld'],
    ['malformed JSON-LD then og:type', `${ld('{ "@type": "NewsArticle", }')}<meta property="og:type" content="article">`, prose(2), 'og:type'],
    ['og:type=article', '<meta property="og:type" content="article">', prose(2), 'og:type'],
    ['microdata NewsArticle', '', `<div itemscope itemtype="https://schema.org/NewsArticle">${prose(2)}</div>`, 'json-ld'],
    ['<article> with enough text', '', `<article>${prose(6)}</article>`, 'article-element'],
    ['readerable long page', '', `<div class="content">${prose(8)}</div>`, 'readerable'],
    ['article metadata but no prose (video page)', ld({ '@type': 'NewsArticle' }), '<video></video><p>Watch.</p>', null],
    ['og:type=website, short text', '<meta property="og:type" content="website">', '<p>Welcome.</p>', null],
    ['homepage of short teasers', ld({ '@type': 'WebSite' }), Array.from({ length: 30 }, (_, i) => `<article><h2>Story ${i}</h2><p>Short teaser ${i}.</p></article>`).join(''), null],
    ['search results page', '<meta property="og:type" content="website">', `<form><input name="q"></form><ol>${Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Result ${i}</a><span>A snippet of result ${i}.</span></li>`).join('')}</ol>`, null],
    ['empty page', '', '', null],
  ])('%s', (_name, head, body, expected) => {
    const d = doc(head, body);
    expect(articleSignal(d)).toBe(expected);
    expect(isArticlePage(d)).toBe(expected !== null);
  });

  it('is cheap on non-article pages: no clone, no Readability parse', () => {
    const d = doc('<meta property="og:type" content="website">', Array.from({ length: 200 }, (_, i) => `<div class="card"><a href="/${i}">Link ${i}</a></div>`).join(''));
    (d as unknown as { cloneNode: () => never }).cloneNode = () => {
      throw new Error('detection must not clone the document');
    };
    // Its time is in `npm run bench` (guards.detect_non_article_ms); here: the verdict, without a clone.
    expect(isArticlePage(d)).toBe(false);
  });
});
