import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { hostPatternOf, requestHostAccess } from '@/utils/host-access';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
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
