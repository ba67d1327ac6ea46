import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from '@/utils/background/handlers';

/** Only `openReader` is used by the handler under test; the rest stay unimplemented on purpose. */
function handlersWith(openReader: HandlerDeps['openReader']) {
  return createHandlers({ openReader } as unknown as HandlerDeps);
}

describe("'reader.open'", () => {
  const content = { kind: 'content', tabId: 7, url: 'http://127.0.0.1/news.html' } as const;

  it('opens the reader next to the asking tab', async () => {
    const open = vi.fn(async () => {});
    await expect(handlersWith(open)['reader.open']({ articleId: 'c12eab34', claimId: 'c12eab34:2' }, content)).resolves.toEqual({ ok: true });
    expect(open).toHaveBeenCalledWith('c12eab34', 'c12eab34:2', 7);
  });

  it.each([
    [{ articleId: '', claimId: null }],
    [{ articleId: 42, claimId: null }],
    [{ articleId: 'a', claimId: '' }],
    [{ articleId: 'x'.repeat(201), claimId: null }],
  ])('refuses bad ids %j', async (payload) => {
    const open = vi.fn(async () => {});
    await expect(handlersWith(open)['reader.open'](payload as never, content)).rejects.toThrow(/bad article or claim id/);
    expect(open).not.toHaveBeenCalled();
  });
});
