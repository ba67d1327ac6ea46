import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { localReadabilityHints } from '@/utils/page/readability-run';
import { domHtmlTools } from '@/utils/sources/html-tools';
import {
  boundsFor,
  buildTextMap,
  extractPage,
  mapIsLive,
  rangeFor,
  type Bounds,
  type TextMap,
} from '@/utils/page/extract';

/** Range.toString() per the DOM spec for text-node boundaries: all Text data between them in tree order. */
function rangeText(root: Node, b: Bounds): string {
  let out = '';
  let inside = false;
  const visit = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const t = n as Text;
      if (t === b.startNode && t === b.endNode) {
        out += t.data.slice(b.startOffset, b.endOffset);
        return true;
      }
      if (t === b.startNode) {
        inside = true;
        out += t.data.slice(b.startOffset);
      } else if (t === b.endNode) {
        out += t.data.slice(0, b.endOffset);
        return true;
      } else if (inside) out += t.data;
      return false;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
    return false;
  };
  visit(root);
  return out;
}

const isWs = (c: string) => /[\s\u00a0]/.test(c);

/** Every segment's characters are its node's characters (whitespace reads as one space). */
function checkSegments(map: TextMap): void {
  let prevEnd = 0;
  for (const [start, end, node, offset] of map.segments) {
    expect(start).toBeGreaterThanOrEqual(prevEnd);
    expect(end).toBeGreaterThan(start);
    prevEnd = end;
    const dom = node.data.slice(offset, offset + (end - start));
    const text = map.text.slice(start, end);
    expect(dom.length).toBe(text.length);
    for (let i = 0; i < dom.length; i++) {
      if (isWs(dom[i]!)) expect(text[i]).toBe(' ');
      else expect(text[i]).toBe(dom[i]);
    }
  }
  // Characters not covered by a segment are the synthetic block breaks.
  let covered = 0;
  for (const [s, e] of map.segments) covered += e - s;
  expect(map.text.length - covered).toBe((map.text.match(/\n/g) ?? []).length);
}

const WORDS = ['ISIS', 'Daesh', 'troops', 'in', 'Iraq', 'said', '5,200', 'the', 'Pentagon', 'résumé', 'naïve', '“quoted”', 'e.g.', '—'];
const INLINE = ['b', 'i', 'em', 'a', 'span', 'strong'];

/** A paragraph of words joined by single spaces, with inline elements wrapping runs of whole words. */
const cleanParagraph = fc
  .array(fc.record({ word: fc.constantFrom(...WORDS), open: fc.option(fc.constantFrom(...INLINE), { freq: 4 }), len: fc.integer({ min: 1, max: 3 }) }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((tokens) => {
    const parts: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      if (t.open) {
        const run = tokens.slice(i, i + t.len).map((x) => x.word);
        parts.push(`<${t.open}>${run.join(' ')}</${t.open}>`);
        i += run.length;
      } else {
        parts.push(t.word);
        i += 1;
      }
    }
    return parts.join(' ');
  });

/** Whitespace soup: several spaces, newlines, tabs and non-breaking spaces between tokens and blocks. */
const ws = fc.constantFrom('', ' ', '  ', '\n', '\n    ', '\t', ' \u00a0 ', '\r\n ');
const messyParagraph = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), ws, fc.option(fc.constantFrom(...INLINE), { freq: 3 })), { minLength: 1, maxLength: 12 })
  .map((tokens) => tokens.map(([w, sp, tag]) => (tag ? `<${tag}>${sp}${w}</${tag}>${sp}` : `${w}${sp}`)).join(''));

function docOf(html: string) {
  return parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document as unknown as Document;
}

describe('buildTextMap', () => {
  it('maps clean paragraphs exactly: text.slice(s, e) === range text for any span inside a paragraph', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cleanParagraph, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 10, maxLength: 40 }), async (paras, spans) => {
        const doc = docOf(paras.map((p, i) => (i % 2 ? `<p>${p}</p>\n  ` : `<div><p>${p}</p></div>`)).join(''));
        const root = doc.getElementById('root')!;
        const { map } = await buildTextMap(root);
        checkSegments(map);
        expect(map.text.split('\n').length).toBe(paras.length);
        for (const [x, y] of spans) {
          let s = x % map.text.length;
          let e = y % (map.text.length + 1);
          if (s > e) [s, e] = [e, s];
          if (s === e) continue;
          const slice = map.text.slice(s, e);
          const b = boundsFor(map, s, e);
          const trimmed = slice.replace(/^\n+|\n+$/g, '');
          if (trimmed.length === 0) {
            expect(b).toBeNull();
            continue;
          }
          expect(b).not.toBeNull();
          const dom = rangeText(root, b!);
          if (!slice.includes('\n')) expect(dom).toBe(slice); // exact, character for character
          else expect(dom.replace(/\s+/g, '')).toBe(slice.replace(/\s+/g, '')); // across blocks: same characters
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every non-whitespace character exact in messy whitespace, for random spans', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(messyParagraph, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 10, maxLength: 30 }), async (paras, spans) => {
        const doc = docOf(paras.map((p) => `<p>${p}</p>`).join('\n'));
        const root = doc.getElementById('root')!;
        const { map } = await buildTextMap(root);
        checkSegments(map);
        expect(map.text).not.toMatch(/ {2}|^\s|\s$| \n|\n /);
        for (const [x, y] of spans) {
          if (map.text.length === 0) break;
          let s = x % map.text.length;
          let e = y % (map.text.length + 1);
          if (s > e) [s, e] = [e, s];
          const slice = map.text.slice(s, e);
          const b = boundsFor(map, s, e);
          if (slice.trim().length === 0) continue;
          expect(b).not.toBeNull();
          const dom = rangeText(root, b!);
          expect(dom.replace(/[\s\u00a0]+/g, '')).toBe(slice.replace(/\s+/g, ''));
          // The boundaries are exact: the range starts and ends on the span's first and last visible character.
          const first = slice.trimStart()[0]!;
          const last = slice.trimEnd().at(-1)!;
          expect(dom.trimStart()[0]).toBe(first);
          expect(dom.trimEnd().at(-1)).toBe(last);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('skips scripts, styles, hidden elements, page chrome and our own UI', async () => {
    const doc = docOf(`
      <h1>Headline here</h1>
      <p>Alpha <script>var leak = 1;</script>beta <style>.x{}</style>gamma.</p>
      <p hidden>hidden paragraph</p>
      <p aria-hidden="true">aria hidden</p>
      <p style="display:none">display none</p>
      <nav>Menu Home</nav><aside>Related links</aside><footer>Copyright</footer>
      <form><label>Email</label><input value="x"><button>Subscribe</button></form>
      <claimlens-ui>ClaimLens pill</claimlens-ui><div data-claimlens>ours</div>
      <noscript>Enable JS</noscript><template><p>template</p></template>
      <p>Delta<br>epsilon</p>
      <ul><li>one</li><li>two</li></ul>`);
    const root = doc.getElementById('root')!;
    const { map } = await buildTextMap(root);
    expect(map.text).toBe('Headline here\nAlpha beta gamma.\nDelta\nepsilon\none\ntwo');
    checkSegments(map);
    const at = map.text.indexOf('beta gamma');
    const b = boundsFor(map, at, at + 'beta gamma'.length)!;
    // The DOM range covers the style element between the words, exactly like a browser Range would.
    expect(rangeText(root, b)).toBe('beta .x{}gamma');
  });

  it('rangeFor builds a Range over several text nodes and refuses detached nodes', async () => {
    const doc = docOf('<p>The <b>Islamic</b> State said</p>');
    const root = doc.getElementById('root')!;
    const { map } = await buildTextMap(root);
    expect(map.text).toBe('The Islamic State said');
    // linkedom has no Range.setStart: give it a spec-shaped minimal Range to check the glue.
    (doc as unknown as { createRange: () => unknown }).createRange = () => {
      const r = {
        sc: null as Text | null,
        so: 0,
        ec: null as Text | null,
        eo: 0,
        setStart(n: Text, o: number) {
          r.sc = n;
          r.so = o;
        },
        setEnd(n: Text, o: number) {
          r.ec = n;
          r.eo = o;
        },
        get collapsed() {
          return r.sc === r.ec && r.so === r.eo;
        },
        toString: () => rangeText(root, { startNode: r.sc!, startOffset: r.so, endNode: r.ec!, endOffset: r.eo }),
      };
      return r;
    };
    const s = map.text.indexOf('Islamic State');
    const range = rangeFor(map, s, s + 'Islamic State'.length);
    expect(String(range)).toBe('Islamic State');
    expect(String(rangeFor(map, 3, 4))).toBe(' '); // the space is a real character of the first text node
    expect(rangeFor(map, 5, 5)).toBeNull();
    expect(mapIsLive(map)).toBe(true);
    root.querySelector('b')!.remove();
    expect(mapIsLive(map)).toBe(false);
    expect(rangeFor(map, s, s + 7)).toBeNull();
  });

  it('boundsFor trims synthetic breaks and rejects empty spans', async () => {
    const doc = docOf('<p>one</p><p>two</p>');
    const { map } = await buildTextMap(doc.getElementById('root')!);
    expect(map.text).toBe('one\ntwo');
    expect(boundsFor(map, 3, 4)).toBeNull(); // just the "\n"
    expect(boundsFor(map, 2, 2)).toBeNull();
    const b = boundsFor(map, 3, 7)!;
    expect(b.startNode.data).toBe('two');
    expect([b.startOffset, b.endOffset]).toEqual([0, 3]);
    const c = boundsFor(map, 0, 4)!;
    expect([c.startNode.data, c.startOffset, c.endNode.data, c.endOffset]).toEqual(['one', 0, 'one', 3]);
  });
});

describe('extractPage', () => {
  const article = (body: string) => `<!doctype html><html lang="en-GB"><head><title>Doc title | Site</title>
    <meta property="og:site_name" content="The Daily Example"><meta property="og:title" content="Troops stay in Iraq"></head>
    <body><header><nav>Home World Politics</nav></header>${body}<footer>© Example</footer></body></html>`;
  const para = (i: number) =>
    `<p>Paragraph ${i}: officials said on Tuesday that about 2,500 US troops would remain in Iraq to advise local forces against ISIS remnants.</p>`;

  it('uses an obvious container without Readability and keeps the live nodes', async () => {
    const { document } = parseHTML(article(`<div class="promo">Subscribe now for more</div><article><h1>Troops stay</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article>`));
    const ex = (await extractPage(document as unknown as Document, { url: 'https://example.com/a' }))!;
    expect(ex.usedReadability).toBe(false);
    expect(ex.container.tagName).toBe('ARTICLE');
    expect(ex.page).toMatchObject({ url: 'https://example.com/a', title: 'Troops stay in Iraq', siteName: 'The Daily Example', lang: 'en-GB' });
    expect(ex.page.text.startsWith('Troops stay\nParagraph 1:')).toBe(true);
    expect(ex.page.text).not.toContain('Subscribe');
    expect(ex.map.segments[0]![2].isConnected).toBe(true);
  });

  it('runs Readability on a copy (the hints provider) and finds the live container holding its paragraphs', async () => {
    const html = article(`<div id="layout"><div class="sidebar"><p>Most read: a story about something else entirely that is long enough to count as a paragraph.</p></div>
      <div id="story-body"><h2>Troops stay</h2>${[1, 2, 3, 4, 5, 6].map(para).join('\n')}</div></div>`);
    const { document } = parseHTML(html);
    const before = document.body.outerHTML;
    const ex = (await extractPage(document as unknown as Document, { url: 'https://example.com/b', mode: 'readability', hints: localReadabilityHints }))!;
    expect(ex.usedReadability).toBe(true);
    expect(ex.container.getAttribute('id')).toBe('story-body');
    expect(ex.page.text).toContain('Paragraph 6:');
    expect(ex.page.text).not.toContain('Most read');
    expect(document.body.outerHTML).toBe(before); // the live page was not touched
  });

  it('reads the hints the background sends from the page HTML as the extension does (inert parse, then the live container)', async () => {
    const html = article(`<div id="layout"><div class="sidebar"><p>Most read: a story about something else entirely that is long enough to count as a paragraph.</p></div>
      <div id="story-body"><h2>Troops stay</h2>${[1, 2, 3, 4, 5, 6].map(para).join('\n')}</div></div>`);
    const { document } = parseHTML(html);
    // What the background does with the content script's outerHTML (utils/sources/html-tools.ts).
    const tools = domHtmlTools((h) => parseHTML(h).document as unknown as Document);
    const asked: string[] = [];
    const viaBackground = async (doc: Document) => {
      asked.push(doc.documentElement.outerHTML);
      return tools.hints(doc.documentElement.outerHTML, 'https://example.com/c');
    };
    const ex = (await extractPage(document as unknown as Document, { url: 'https://example.com/c', hints: viaBackground }))!;
    expect(asked).toHaveLength(1);
    expect(ex.usedReadability).toBe(true);
    expect(ex.container.getAttribute('id')).toBe('story-body');
    expect(ex.page.title).toBe('Troops stay in Iraq');
    expect(ex.page.text).not.toContain('Most read');
    // Same answer as Readability on a clone of the live page.
    expect(await viaBackground(document as unknown as Document)).toEqual(await localReadabilityHints(document as unknown as Document));
  });

  it('falls back to the densest paragraph block when the hints provider fails or finds nothing', async () => {
    const html = article(`<div id="layout"><div class="sidebar"><p>Most read: a story about something else entirely that is long enough to count as a paragraph.</p></div>
      <div id="story-body"><h2>Troops stay</h2>${[1, 2, 3, 4, 5, 6].map(para).join('\n')}</div></div>`);
    for (const hints of [async () => Promise.reject(new Error('background gone')), async () => null, undefined]) {
      const { document } = parseHTML(html);
      const ex = (await extractPage(document as unknown as Document, { url: 'https://example.com/d', hints }))!;
      expect(ex.usedReadability).toBe(false);
      expect(ex.page.text).toContain('Paragraph 6:');
      expect(ex.page.text).not.toContain('Most read');
    }
  });

  it('needs the hints on a sectioned story beside a related rail (the e2e fixture): density alone takes the rail too', async () => {
    const html = readFileSync(new URL('../../fixtures/pages/sectioned-rail.html', import.meta.url), 'utf8');
    const alone = (await extractPage(parseHTML(html).document as unknown as Document))!;
    expect(alone.page.text).toContain('Podcast: a reporter'); // the fallback's known weakness
    const read = (await extractPage(parseHTML(html).document as unknown as Document, { hints: localReadabilityHints }))!;
    expect(read.container.className).toBe('story');
    expect(read.page.text).toContain('orderly transition');
    expect(read.page.text).not.toContain('Podcast: a reporter');
  });

  it('returns null for an empty page', async () => {
    const { document } = parseHTML('<!doctype html><html><body>  </body></html>');
    expect(await extractPage(document as unknown as Document)).toBeNull();
  });
});
