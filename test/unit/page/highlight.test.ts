import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  SENTENCE_HIGHLIGHT,
  STYLE_ATTR,
  TOPIC_HIGHLIGHT,
  createHighlighter,
  highlightCss,
  type HighlightEntry,
} from '@/utils/page/highlight';

class FakeHighlight {
  priority = 0;
  readonly ranges: unknown[];
  constructor(...ranges: unknown[]) {
    this.ranges = ranges;
  }
  get size() {
    return this.ranges.length;
  }
}

const g = globalThis as { CSS?: unknown; Highlight?: unknown };
const saved = { CSS: g.CSS, Highlight: g.Highlight };
afterEach(() => {
  g.CSS = saved.CSS;
  g.Highlight = saved.Highlight;
});

/** A stand-in Range: one client rect and a point test by node identity. */
function fakeRange(node: object, rect: { left: number; top: number; width: number; height: number }) {
  return {
    getClientRects: () => [{ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height }],
    isPointInRange: (n: unknown) => n === node,
  } as unknown as Range;
}

describe('highlightCss', () => {
  it('underlines topics and dots sentences, or paints backgrounds, per setting and theme', () => {
    const u = highlightCss('underline', 'light');
    expect(u).toContain(`::highlight(${TOPIC_HIGHLIGHT})`);
    expect(u).toContain('underline solid');
    expect(u).toContain(`::highlight(${SENTENCE_HIGHLIGHT})`);
    expect(highlightCss('background', 'dark')).toContain('background-color');
    expect(highlightCss('underline', 'dark')).not.toBe(u);
    // Off: only the flash of an explicitly chosen sentence is styled, no topic or sentence marks.
    expect(highlightCss('off', 'light')).not.toMatch(/claimlens-(topic|sentence)/);
    expect(highlightCss('off', 'light')).toContain('claimlens-flash');
  });
});

describe('createHighlighter with the Custom Highlight API', () => {
  it('registers ranges under our names, styles them from one <style> in <head>, and never touches the body', () => {
    const registry = new Map<string, FakeHighlight>();
    g.CSS = { highlights: registry };
    g.Highlight = FakeHighlight;
    const { document } = parseHTML('<html><head></head><body><p id="p">ISIS said this.</p></body></html>');
    const before = document.body.outerHTML;
    const text = document.getElementById('p')!.firstChild!;
    const hl = createHighlighter<string>(document as unknown as Document, { style: 'underline', theme: 'light' });
    expect(hl.usingFallback).toBe(false);
    const entries: HighlightEntry<string>[] = [
      { kind: 'topic', range: fakeRange(text, { left: 10, top: 10, width: 30, height: 16 }), data: 'isis' },
      { kind: 'sentence', range: fakeRange(text, { left: 10, top: 10, width: 120, height: 16 }), data: 's0' },
    ];
    hl.set(entries);
    expect(registry.get(TOPIC_HIGHLIGHT)!.size).toBe(1);
    expect(registry.get(SENTENCE_HIGHLIGHT)!.size).toBe(1);
    expect(registry.get(TOPIC_HIGHLIGHT)!.priority).toBeGreaterThan(registry.get(SENTENCE_HIGHLIGHT)!.priority);
    const style = document.head.querySelector(`style[${STYLE_ATTR}]`)!;
    expect(style.textContent).toContain('::highlight');
    expect(document.body.outerHTML).toBe(before);

    // Hit testing by point: topics win over sentences; outside any rect nothing is hit.
    (document as unknown as { caretRangeFromPoint: unknown }).caretRangeFromPoint = () => ({ startContainer: text, startOffset: 1 });
    expect(hl.hitTest(20, 15)?.data).toBe('isis');
    expect(hl.hitTest(100, 15)?.data).toBe('s0');
    expect(hl.hitTest(500, 500)).toBeNull();

    hl.setStyle('off');
    expect(registry.has(TOPIC_HIGHLIGHT)).toBe(false);
    expect(hl.hitTest(20, 15)).toBeNull(); // invisible highlights do not open cards
    hl.setStyle('background');
    expect(registry.has(TOPIC_HIGHLIGHT)).toBe(true);
    expect(style.textContent).toContain('background-color');

    hl.destroy();
    expect(registry.size).toBe(0);
    expect(document.head.querySelector(`style[${STYLE_ATTR}]`)).toBeNull();
  });
});

describe('createHighlighter fallback (no CSS.highlights)', () => {
  it('draws boxes in our own layer, not in the page', async () => {
    g.CSS = undefined;
    g.Highlight = undefined;
    const { document } = parseHTML('<html><head></head><body><p id="p">ISIS said this.</p><div id="layer"></div></body></html>');
    const layer = document.getElementById('layer')!;
    const text = document.getElementById('p')!.firstChild!;
    const hl = createHighlighter<string>(document as unknown as Document, {
      style: 'underline',
      theme: 'dark',
      fallbackLayer: () => layer as unknown as HTMLElement,
    });
    expect(hl.usingFallback).toBe(true);
    hl.set([{ kind: 'topic', range: fakeRange(text, { left: 10, top: 10, width: 30, height: 16 }), data: 'isis' }]);
    await new Promise((r) => setTimeout(r, 40));
    const boxes = layer.querySelectorAll('[data-claimlens-boxes] > div');
    expect(boxes.length).toBe(1);
    expect(boxes[0]!.getAttribute('style')).toContain('left:10px');
    expect(document.getElementById('p')!.outerHTML).toBe('<p id="p">ISIS said this.</p>');
    hl.clear();
    expect(layer.querySelectorAll('[data-claimlens-boxes] > div').length).toBe(0);
    hl.destroy();
  });
});
