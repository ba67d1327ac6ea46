import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { hostPatternOf, parseWebAddress, requestHostAccess } from '@/utils/host-access';
import { checkSourceUrl } from '@/utils/sources/fetcher';
import { checkUrl } from '@/utils/options/url-import';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('parseWebAddress (one parser for URL import and Add a source)', () => {
  const msgs = { empty: 'empty!', notWeb: 'web only!' };
  it('adds https to a bare host, drops the fragment, keeps the port and query', () => {
    const u = parseWebAddress('  example.org:8080/a?b=1#top ', msgs);
    expect(u instanceof URL && u.href).toBe('https://example.org:8080/a?b=1');
  });
  it.each([
    ['', 'empty!'],
    ['   ', 'empty!'],
    ['ftp://example.org/x', 'web only!'],
    ['javascript:alert(1)', 'web only!'],
    ['http://exa mple.org', '“http://exa mple.org” is not a web address.'],
  ])('refuses %j with the caller’s wording', (input, error) => {
    expect(parseWebAddress(input, msgs)).toEqual({ error });
  });
  it('gives each caller its own wording for the same mistake', () => {
    expect(checkUrl('ftp://x.example/a')).toEqual({ error: 'Only http:// and https:// pages can be imported.' });
    expect(checkSourceUrl('ftp://x.example/a')).toEqual({ error: 'Only http:// and https:// feeds can be added.' });
    expect(checkSourceUrl('news.example/feed.xml#x')).toEqual({ url: 'https://news.example/feed.xml' });
    expect(checkSourceUrl('localhost:8080/feed')).toEqual({ url: 'https://localhost:8080/feed' });
  });
});

describe('hostPatternOf', () => {
  it.each([
    ['https://example.org/news/a.html?x=1#top', 'https://example.org/*'],
    ['http://127.0.0.1:45953/valley/feed.xml', 'http://127.0.0.1/*'], // no port: Firefox refuses patterns with one
    ['HTTPS://Sub.Example.ORG:8443/', 'https://sub.example.org/*'],
    ['ftp://example.org/file', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (url, pattern) => {
    expect(hostPatternOf(url)).toBe(pattern);
  });
});

describe('requestHostAccess', () => {
  it('asks once for each host, whatever the paths and ports', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    await expect(
      requestHostAccess(['https://a.example/feed.xml', 'https://a.example:444/b', 'https://b.example/x', 'mailto:x@y.z']),
    ).resolves.toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toEqual({ origins: ['https://a.example/*', 'https://b.example/*'] });
  });

  it('passes on a refusal, and asks nothing for URLs that are not web pages', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    await expect(requestHostAccess(['https://a.example/'])).resolves.toBe(false);
    await expect(requestHostAccess(['file:///etc/passwd'])).resolves.toBe(false);
    expect(request).toHaveBeenCalledTimes(1);
  });
});
