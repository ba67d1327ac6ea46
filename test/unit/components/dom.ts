/**
 * Renders Preact vnodes into a linkedom document for component tests (preact-render-to-string is not
 * installed). Preact creates nodes through the global `document`, so it is pointed at linkedom's.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';

const win = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
const EventCtor = (win as unknown as { Event: typeof Event }).Event;

/** The linkedom document the components render into. */
export const testDocument = win.document as unknown as Document;

/** Points the global `document` at the linkedom one (Preact and components read it). */
export function useTestDocument(): Document {
  (globalThis as { document?: unknown }).document = testDocument;
  return testDocument;
}

/** Renders `vnode` into a fresh container of the linkedom document and returns the container. */
export function renderDom(vnode: ComponentChild): HTMLElement {
  useTestDocument();
  const container = testDocument.createElement('div');
  testDocument.body.appendChild(container);
  render(vnode, container);
  return container;
}

/** Unmounts whatever `renderDom` put in `container` and detaches it. */
export function cleanup(container: HTMLElement): void {
  render(null, container);
  container.remove();
}

/** Dispatches a DOM event of `type` (with extra fields such as `key`) on `el`; returns the event. */
export function fire(el: Element, type: string, fields: Record<string, unknown> = {}): Event {
  const event = new EventCtor(type, { bubbles: true, cancelable: true });
  for (const [k, v] of Object.entries(fields)) Object.defineProperty(event, k, { value: v });
  el.dispatchEvent(event);
  return event;
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All elements matching `selector` under `root`, as an array. */
export function all(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

/** Waits until `check()` holds, polling every 10 ms; throws after `ms` (a view that updates asynchronously). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the view');
    await new Promise((r) => setTimeout(r, 10));
  }
}
