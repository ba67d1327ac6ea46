import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { FeedError, fullTextOf, parseFeedText } from '@/utils/sources/parse';
import { feedLinksOf } from '@/utils/sources/discover';
import { feedsFromOpml, opmlOf } from '@/utils/sources/opml';

const long = 'The council voted on the harbour bridge repairs after a long debate. '.repeat(12);

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Times</title><link>https://harbour.example/</link><description>News</description>
<item><title>Bridge vote</title><link>/news/bridge</link><guid isPermaLink="false">ht-1</guid>
<pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate><dc:creator>Ana Lee</dc:creator>
<description>Short teaser.</description><content:encoded><![CDATA[<p>${long}</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://harbour.example/news/teaser</link><description>Only a teaser.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:x</id>
<updated>2025-03-02T00:00:00Z</updated><link rel="alternate" href="https://atom.example/"/><link rel="self" href="https://atom.example/feed"/>
<entry><title type="text">Entry one</title><id>tag:atom.example,2025:1</id><updated>2025-03-02T10:00:00Z</updated>
<published>2025-03-01T09:00:00Z</published><link rel="alternate" href="https://atom.example/1"/><author><name>Bo</name></author>
<summary>Sum</summary><content type="html">&lt;p&gt;${long}&lt;/p&gt;</content></entry></feed>`;

const JSONFEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Json Wire',
  home_page_url: 'https://json.example/',
  items: [{ id: 7, url: 'https://json.example/7', title: 'Seven', content_text: long, date_published: '2025-04-01T08:00:00Z', authors: [{ name: 'Cy' }] }],
});

describe('parseFeedText', () => {
  it('reads RSS 2.0 with content:encoded, relative links, guid, creator and date', () => {
    const f = parseFeedText(RSS, 'https://harbour.example/feed.xml');
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Harbour Times');
    expect(f.siteUrl).toBe('https://harbour.example/');
    expect(f.items).toHaveLength(2);
    const [a, b] = f.items;
    expect(a).toMatchObject({ key: 'ht-1', link: 'https://harbour.example/news/bridge', title: 'Bridge vote', author: 'Ana Lee', published: 'Tue, 10 Jun 2025 04:00:00 GMT' });
    expect(fullTextOf(a)?.format).toBe('html');
    expect(b.key).toBe('https://harbour.example/news/teaser');
    expect(fullTextOf(b)).toBeNull(); // a teaser: the page must be fetched
  });

  it('reads Atom 1.0 (alternate link, html content, published and updated)', () => {
    const f = parseFeedText(ATOM, 'https://atom.example/feed');
    expect(f.format).toBe('atom');
    expect(f.title).toBe('Atom Daily');
    expect(f.siteUrl).toBe('https://atom.example/');
    expect(f.items[0]).toMatchObject({ key: 'tag:atom.example,2025:1', link: 'https://atom.example/1', published: '2025-03-01T09:00:00Z', updated: '2025-03-02T10:00:00Z', author: 'Bo' });
    expect(fullTextOf(f.items[0])?.text).toContain('harbour bridge');
  });

  it('reads JSON Feed 1.1 (numeric id, content_text)', () => {
    const f = parseFeedText(JSONFEED, 'https://json.example/feed.json');
    expect(f.format).toBe('json');
    expect(f.items[0]).toMatchObject({ key: '7', link: 'https://json.example/7', author: 'Cy', contentFormat: 'text' });
  });

  it('changes the fingerprint when an item is edited, not otherwise', () => {
    const a = parseFeedText(RSS, 'https://harbour.example/feed.xml').items[0];
    const again = parseFeedText(RSS, 'https://harbour.example/feed.xml').items[0];
    const edited = parseFeedText(RSS.replace('Bridge vote', 'Bridge vote delayed'), 'https://harbour.example/feed.xml').items[0];
    expect(again.fingerprint).toBe(a.fingerprint);
    expect(edited.fingerprint).not.toBe(a.fingerprint);
    expect(edited.key).toBe(a.key);
  });

  it.each([
    ['an HTML page (e.g. an error page served with 200)', '<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body>down</body></html>', /HTML page \(titled “Service Unavailable”\), not a feed/],
    ['malformed XML', '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>x</titl></channel></rss>', /malformed XML at line 3, column \d+: .*title/],
    ['XML that is not a feed', '<?xml version="1.0"?><sitemap><url>x</url></sitemap>', /XML with root <sitemap> but not an RSS, Atom or RDF feed/],
    ['JSON that is not a JSON Feed', '{"items": []}', /JSON but not a JSON Feed/],
    ['malformed JSON', '{"version": ', /malformed JSON/],
    ['plain text', 'hello world', /neither XML nor JSON/],
    ['an empty body', '  ', /empty/],
  ])('refuses %s with a message in words', (_label, body, message) => {
    expect(() => parseFeedText(body, 'https://x.example/feed')).toThrow(FeedError);
    expect(() => parseFeedText(body, 'https://x.example/feed')).toThrow(message);
  });
});

describe('feedLinksOf', () => {
  it('finds RSS, Atom and JSON Feed alternates, absolute, without duplicates or non-feeds', () => {
    const { document } = parseHTML(`<!doctype html><html><head>
      <link rel="alternate" type="application/rss+xml" title="All news" href="/feed.xml">
      <link rel="alternate" type="application/atom+xml" href="https://cdn.example/atom">
      <link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
      <link rel="alternate" type="application/json" href="/wp-json/oembed">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="stylesheet" href="/s.css"></head><body></body></html>`);
    expect(feedLinksOf(document as unknown as Document, 'https://site.example/news/')).toEqual([
      { url: 'https://site.example/feed.xml', title: 'All news', type: 'application/rss+xml' },
      { url: 'https://cdn.example/atom', title: null, type: 'application/atom+xml' },
      { url: 'https://site.example/news/feed.json', title: 'JSON', type: 'application/feed+json' },
    ]);
  });
});

describe('OPML', () => {
  it('round-trips the source list and flattens folders', () => {
    const xml = opmlOf([
      { url: 'https://a.example/feed', title: 'A feed', outlet: 'A News', siteUrl: 'https://a.example/' },
      { url: 'https://b.example/atom', title: 'B', outlet: 'B', siteUrl: null },
    ]);
    expect(feedsFromOpml(xml, 'x.opml').feeds).toEqual([
      { url: 'https://a.example/feed', title: 'A feed', siteUrl: 'https://a.example/' },
      { url: 'https://b.example/atom', title: 'B', siteUrl: null },
    ]);
    const nested = `<opml version="2.0"><head/><body><outline text="World"><outline text="C" xmlUrl="https://c.example/rss"/>
      <outline text="Bad" xmlUrl="ftp://nope"/></outline></body></opml>`;
    const r = feedsFromOpml(nested, 'mine.opml');
    expect(r.feeds.map((f) => f.url)).toEqual(['https://c.example/rss']);
    expect(r.problems).toEqual(['mine.opml: “World › Bad” has no usable feed address (ftp://nope)']);
  });

  it('names the file and the line of malformed OPML', () => {
    expect(() => feedsFromOpml('<opml><body>\n<outline></body></opml>', 'broken.opml')).toThrow(/broken\.opml: malformed XML at line 2/);
  });
});
