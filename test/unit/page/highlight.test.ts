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
import { applyMutes } from '@/entrypoints/content/mutes';
import type { Contrast, PageMatch, TopicMatch } from '@/utils/engine/types';

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
    expect(highlightCss('off', 'light')).toBe('');
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

describe('applyMutes', () => {
  const contrast = (outletId: string) => ({ outlet: { id: outletId, name: outletId }, claim: { outletId } }) as unknown as Contrast;
  const topic = (id: string): TopicMatch =>
    ({
      topic: { id, label: id },
      mentions: [{ start: 0, end: 4 }],
      contrasts: { disputes: [contrast('rt'), contrast('bbc')], agrees: [], related: [] },
      figures: [{ subject: 'troops', subjectKey: 'troop', entries: [{ outletId: 'rt' }, { outletId: 'bbc' }] }],
      timeline: [{ outletId: 'rt' }, { outletId: 'bbc' }],
    }) as unknown as TopicMatch;
  const match = {
    pageOutletId: null,
    tookMs: 1,
    topics: [topic('isis'), topic('iraq')],
    sentences: [{ start: 0, end: 10, text: 'x', topicIds: ['isis'], contrasts: { disputes: [contrast('rt')], agrees: [], related: [] } }],
  } as unknown as PageMatch;

  it('drops muted topics and muted outlets, keeping sentence indices', () => {
    const out = applyMutes(match, { mutedTopics: ['isis'], mutedOutlets: ['rt'] });
    expect(out.topics.map((t) => t.topic.id)).toEqual(['iraq']);
    expect(out.topics[0]!.contrasts.disputes.map((c) => c.outlet.id)).toEqual(['bbc']);
    expect(out.topics[0]!.figures[0]!.entries).toEqual([{ outletId: 'bbc' }]);
    expect(out.topics[0]!.timeline).toEqual([{ outletId: 'bbc' }]);
    expect(out.sentences).toHaveLength(1);
    expect(out.sentences[0]!.topicIds).toEqual([]);
    expect(out.sentences[0]!.contrasts.disputes).toEqual([]);
  });

  it('returns the match itself when nothing is muted', () => {
    expect(applyMutes(match, { mutedTopics: [], mutedOutlets: [] })).toBe(match);
  });
});
