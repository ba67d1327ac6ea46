/**
 * The maintenance panel's outcome line describes the library as it was after the action: once articles are
 * imported since, "Library reset: 5 seed articles" would mislead, so it goes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ExportReset } from '@/components/options/ExportReset';
import { api } from '@/utils/options/api';
import { all, cleanup, fire, renderDom, testDocument, until } from '../components/dom';

// linkedom has no modal dialogs: the confirm dialog only needs `showModal`/`close` to toggle `open`.
const dialogProto = Object.getPrototypeOf(testDocument.createElement('dialog')) as { showModal?: () => void; close?: () => void };
dialogProto.showModal ??= function (this: Element) {
  this.setAttribute('open', '');
};
dialogProto.close ??= function (this: Element) {
  this.removeAttribute('open');
};

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) cleanup(container);
  container = null;
  vi.restoreAllMocks();
});

describe('ExportReset outcome line', () => {
  it('keeps "Library reset" while the library is the reset one, and drops it once articles are imported', async () => {
    vi.spyOn(api, 'resetToSeeds').mockResolvedValue({ articles: 5, outlets: 5 } as never);
    vi.spyOn(api, 'featureProgress').mockResolvedValue({ version: 'v', done: 0, total: 0, finished: true } as never);
    const view = (count: number) => <ExportReset importedCount={count} onChanged={() => {}} onMessage={() => {}} />;
    container = renderDom(view(12));
    fire(container.querySelector('[data-testid="reset-open"]')!, 'click');
    const confirm = () => all(container!, 'button').find((b) => b.textContent === 'Reset library');
    await until(() => !!confirm());
    fire(confirm()!, 'click');
    await until(() => !!container!.querySelector('.op-notice'));
    expect(container.querySelector('.op-notice')!.textContent).toContain('Library reset: 5 seed articles from 5 outlets.');

    render(view(0), container); // the page refreshes its counts after the reset: still the reset library
    expect(container.querySelector('.op-notice')?.textContent).toContain('Library reset');
    render(view(30), container); // an import since
    await until(() => !container!.querySelector('.op-notice'));
    expect(container.querySelector('.op-notice')).toBeNull();
  });
});
