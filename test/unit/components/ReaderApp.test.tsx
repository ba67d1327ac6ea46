import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_ARTICLE_VIEW as view } from '../../fixtures/dev-fixtures';
import { all, cleanup, fire, renderDom, testDocument, textOf } from './dom';

const send = vi.fn();
vi.mock('../../../utils/messages', () => ({ send: (...args: unknown[]) => send(...args) }));
const { App } = await import('../../../entrypoints/reader/App');

let el: HTMLElement | null = null;
const replaceState = vi.fn();

function open(search: string) {
  vi.stubGlobal('location', { search });
  vi.stubGlobal('history', { replaceState });
  el = renderDom(<App />);
  return el;
}

beforeEach(() => {
  send.mockReset();
  replaceState.mockReset();
});
afterEach(() => {
  if (el) cleanup(el);
  el = null;
  vi.unstubAllGlobals();
});

describe('reader App', () => {
  it('loads the article, highlights the claim from the URL and titles the page', async () => {
    send.mockResolvedValue(view);
    const root = open(`?article=${view.article.id}&claim=${encodeURIComponent(view.claims[1].id)}`);
    expect(textOf(root.querySelector('.cl-r-status'))).toBe('Loading article…');
    await vi.waitFor(() => expect(root.querySelector('h1')).not.toBeNull());
    expect(send).toHaveBeenCalledWith('article.get', { id: view.article.id });
    expect(all(root, 'mark.is-selected').map(textOf)).toEqual([view.claims[1].text]);
    await vi.waitFor(() => expect(testDocument.title).toBe(view.article.title));
  });

  it('selects another claim and updates the URL', async () => {
    send.mockResolvedValue(view);
    const root = open(`?article=${view.article.id}`);
    await vi.waitFor(() => expect(root.querySelector('mark')).not.toBeNull());
    expect(textOf(root.querySelector('.cl-r-selected .cl-muted'))).toMatch(/^Select a highlighted claim/);
    fire(root.querySelector(`mark[data-claim="${view.claims[4].id}"]`)!, 'keydown', { key: 'Enter' });
    await vi.waitFor(() => expect(all(root, 'mark.is-selected').map(textOf)).toEqual([view.claims[4].text]));
    expect(replaceState).toHaveBeenLastCalledWith(null, '', `?article=${view.article.id}&claim=${encodeURIComponent(view.claims[4].id)}`);
    expect(textOf(root.querySelector('.cl-r-panel-head h2'))).toBe('Claim 5 of 5');
  });

  it('says when the article is gone or none was asked for', async () => {
    send.mockResolvedValue(null);
    const root = open('?article=deadbeef');
    await vi.waitFor(() => expect(textOf(root.querySelector('h1'))).toBe('This article is no longer in your library'));
    cleanup(root);
    el = open('');
    await vi.waitFor(() => expect(textOf(el!.querySelector('h1'))).toBe('This article is no longer in your library'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows background errors', async () => {
    send.mockRejectedValue(new Error('ClaimLens background did not answer'));
    const root = open('?article=x');
    await vi.waitFor(() => expect(textOf(root.querySelector('[role="alert"]'))).toContain('ClaimLens background did not answer'));
  });
});
