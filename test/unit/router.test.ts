import { describe, expect, it, vi } from 'vitest';
import { classifySender, createRouter, type Handlers } from '@/utils/background/router';
import { ACCESS, type MessageType } from '@/utils/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentSender = { id: ID, url: 'http://127.0.0.1:8080/news.html', tab: { id: 7 } };
const optionsSender = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } };
const popupSender = { id: ID, url: `${ORIGIN}popup.html` };

/** Handlers that record calls and answer with their own name. */
function recordingHandlers() {
  const calls: { type: MessageType; caller: unknown }[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(ACCESS) as MessageType[]).map((type) => [
      type,
      vi.fn(async (_payload: unknown, caller: unknown) => {
        calls.push({ type, caller });
        return type;
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('classifySender', () => {
  it.each([
    ['content script', contentSender, 'content'],
    ['options page open in a tab', optionsSender, 'extension'],
    ['popup', popupSender, 'extension'],
    ['another extension', { ...popupSender, id: 'other' }, null],
    ['no tab, web url', { id: ID, url: 'https://evil.example/' }, null],
  ])('%s → %s', (_name, sender, kind) => {
    expect(classifySender(sender, ID, ORIGIN)?.kind ?? null).toBe(kind);
  });
});

describe('router', () => {
  const writeTypes = (Object.keys(ACCESS) as MessageType[]).filter((t) => ACCESS[t] === 'extension');
  const readTypes = (Object.keys(ACCESS) as MessageType[]).filter((t) => ACCESS[t] === 'content');

  it.each(writeTypes)('refuses %s from a content script and never calls the handler', async (type) => {
    const { handlers, calls } = recordingHandlers();
    const route = createRouter(handlers, ID, ORIGIN);
    const reply = await route({ claimlens: 1, type, payload: {} }, contentSender);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Refused/) });
    expect(calls).toEqual([]);
  });

  it.each(readTypes)('answers %s from a content script with its own tab id', async (type) => {
    const { handlers, calls } = recordingHandlers();
    const reply = await createRouter(handlers, ID, ORIGIN)({ claimlens: 1, type, payload: {} }, contentSender);
    expect(reply).toEqual({ ok: true, data: type });
    expect(calls[0].caller).toEqual({ kind: 'content', tabId: 7, url: contentSender.url });
  });

  it.each(writeTypes)('answers %s from an extension page', async (type) => {
    const { handlers } = recordingHandlers();
    const reply = await createRouter(handlers, ID, ORIGIN)({ claimlens: 1, type, payload: {} }, optionsSender);
    expect(reply).toEqual({ ok: true, data: type });
  });

  it('ignores messages that are not ours and turns handler errors into replies', async () => {
    const { handlers } = recordingHandlers();
    handlers['corpus.stats'] = async () => {
      throw new Error('disk full');
    };
    const route = createRouter(handlers, ID, ORIGIN);
    expect(await route({ hello: 'world' }, popupSender)).toBeUndefined();
    expect(await route({ claimlens: 1, type: 'nope', payload: {} }, popupSender)).toBeUndefined();
    expect(await route({ claimlens: 1, type: 'corpus.stats', payload: {} }, popupSender)).toEqual({
      ok: false,
      error: 'disk full',
    });
  });
});
