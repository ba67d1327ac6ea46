import { hostPatternOf } from '@/utils/host-access';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, cleanByline, isoDay, readableItem } from '@/utils/options/readable';
import { checkUrl, fetchArticle } from '@/utils/options/url-import';

const FIX = join(__dirname, '../../fixtures/import');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('readableItem', () => {
  const html = readFileSync(join(FIX, 'mixed/isis-remnants-iraq.html'), 'utf8');

  it('extracts the main text with paragraph breaks, and the page’s metadata', () => {
    const item = readableItem(parse(html), 'isis-remnants-iraq.html');
    expect(item).not.toBeNull();
    expect(item).toMatchObject({
      name: 'isis-remnants-iraq.html',
      format: 'text',
      outlet: 'Tigris Monitor',
      published: '2024-09-12',
      author: 'Yusuf Karim',
      url: 'https://tigrismonitor.example/security/isis-remnants-too-weak',
    });
    expect(item!.title).toMatch(/^Iraqi commanders say ISIS remnants too weak to resurge/);
    expect(item!.text).toContain('The United States keeps about 2,500 troops in Iraq');
    expect(item!.text.split('\n\n').length).toBeGreaterThan(4);
    // Navigation, scripts, the related list and the footer are not article text.
    for (const junk of ['Subscribe', 'window.tracking', 'Oil exports rise', 'All rights reserved', 'newsletter']) {
      expect(item!.text).not.toContain(junk);
    }
  });

  it('returns null when there is no article', () => {
    expect(readableItem(parse('<html><body><nav><a href="/">Home</a></nav></body></html>'), 'nav.html')).toBeNull();
  });
});

describe('helpers', () => {
  it('keeps block breaks and <br> in text', () => {
    const doc = parse('<div><h1>Title</h1><p>One <b>two</b></p><p>Three<br>four</p><script>x()</script></div>');
    expect(blockText(doc.querySelector('div')!)).toBe('Title\n\nOne two\n\nThree\nfour');
  });
  it('cuts date-times to the day and cleans bylines', () => {
    expect(isoDay('2024-09-12T08:30:00Z')).toBe('2024-09-12');
    expect(isoDay(null)).toBeNull();
    expect(cleanByline('By Yusuf Karim · 12 September 2024')).toBe('Yusuf Karim');
    expect(cleanByline('')).toBeNull();
  });
});

describe('URL import', () => {
  it('checks the URL, names its origin, and access is asked for its host (any port)', () => {
    expect(checkUrl('example.com/news/a#x')).toEqual({ url: 'https://example.com/news/a', origin: 'https://example.com' });
    expect(hostPatternOf('https://example.com/news/a')).toBe('https://example.com/*');
    const local = checkUrl('http://127.0.0.1:8080/a.html');
    expect(local).toEqual({ url: 'http://127.0.0.1:8080/a.html', origin: 'http://127.0.0.1:8080' });
    expect(hostPatternOf((local as { url: string }).url)).toBe('http://127.0.0.1/*');
    expect(checkUrl('')).toEqual({ error: 'Enter the address of an article.' });
    expect(checkUrl('ftp://x.example/a')).toEqual({ error: 'Only http:// and https:// pages can be imported.' });
  });

  const response = (body: string, init: ResponseInit & { url?: string } = {}) => {
    const r = new Response(body, init);
    if (init.url) Object.defineProperty(r, 'url', { value: init.url });
    return r;
  };
  const deps = (r: Response) => ({ fetch: async () => r, parseHtml: (html: string) => parse(html) });

  it('fetches without cookies and extracts the article', async () => {
    const html = readFileSync(join(FIX, 'mixed/isis-remnants-iraq.html'), 'utf8');
    let init: RequestInit | undefined;
    const item = await fetchArticle('https://tigrismonitor.example/a', {
      fetch: async (_u, i) => {
        init = i;
        return response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
      },
      parseHtml: parse,
    });
    expect(init?.credentials).toBe('omit');
    expect(item.url).toBe('https://tigrismonitor.example/a');
    expect(item.outlet).toBe('Tigris Monitor');
  });

  it('says what went wrong', async () => {
    await expect(fetchArticle('https://x.example/a', deps(response('nope', { status: 404, statusText: 'Not Found' })))).rejects.toThrow(
      'https://x.example/a: the server answered 404 Not Found',
    );
    await expect(
      fetchArticle('https://x.example/a.pdf', deps(response('%PDF', { headers: { 'content-type': 'application/pdf' } }))),
    ).rejects.toThrow('https://x.example/a.pdf: is application/pdf, not a web page');
    await expect(
      fetchArticle('https://x.example/a', deps(response('<html><body></body></html>', { headers: { 'content-type': 'text/html' } }))),
    ).rejects.toThrow('https://x.example/a: no article text found on this page');
    await expect(
      fetchArticle('https://x.example/a', { fetch: async () => Promise.reject(new TypeError('Failed to fetch')), parseHtml: parse }),
    ).rejects.toThrow('https://x.example/a: could not be fetched (Failed to fetch)');
  });

  it('takes plain text as it is', async () => {
    const item = await fetchArticle('https://x.example/a.txt', deps(response('Plain article text.', { headers: { 'content-type': 'text/plain' } })));
    expect(item).toMatchObject({ text: 'Plain article text.', format: 'text', url: 'https://x.example/a.txt' });
  });
});
