/**
 * Renders the topic card (and the reader layout) with the dev fixtures to static HTML for a visual check,
 * then screenshots them with playwright-core + Debian's Chromium.
 *
 *   npx tsx scripts/render-card-preview.tsx            # → test-results/card-preview.{html,png}, reader-preview.{html,png}
 *   npx tsx scripts/render-card-preview.tsx --no-shot  # HTML only
 *
 * preact-render-to-string is not installed, so Preact renders into a linkedom document and the markup is
 * serialised from there. Each card sits in a declarative shadow root (like the real overlay), on a page whose
 * deliberately hostile CSS must not leak in.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { TopicCard } from '../components/TopicCard';
import { ReaderArticle } from '../components/ReaderArticle';
import { ReaderPanel } from '../components/ReaderPanel';
import { FIXTURE_ARTICLE_VIEW, FIXTURE_CONTRASTS, FIXTURE_TOPIC_MATCH } from '../components/dev-fixtures';
import type { SentenceMatch } from '../utils/engine/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-results');
const cardCss = readFileSync(join(root, 'components/styles/card.css'), 'utf8');
const readerCss = readFileSync(join(root, 'components/styles/reader.css'), 'utf8');

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
(globalThis as { document?: unknown }).document = document;

/** Renders a vnode with Preact into linkedom and returns its markup; `tweak` may adjust the DOM first. */
function toHtml(vnode: ComponentChild, tweak?: (el: HTMLElement) => void): string {
  const el = document.createElement('div') as unknown as HTMLElement;
  render(vnode, el);
  tweak?.(el);
  return (el.firstElementChild as HTMLElement).outerHTML;
}

const noop = () => {};
const readerUrl = (a: string, c: string) => `reader.html?article=${a}&claim=${c}`;
const openDetails = (el: HTMLElement) => el.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));

const sentence: SentenceMatch = {
  start: 0,
  end: 120,
  text: 'A senior US commander warned on Wednesday that the Islamic State group could stage a comeback if American troops leave Iraq.',
  topicIds: ['isis'],
  contrasts: { disputes: FIXTURE_CONTRASTS.disputes.slice(0, 1), agrees: [], related: [] },
};
const emptyMatch = { ...FIXTURE_TOPIC_MATCH, contrasts: { disputes: [], agrees: [], related: [] }, figures: [], timeline: [] };

const cards = {
  light: toHtml(<TopicCard match={FIXTURE_TOPIC_MATCH} pageOutletName="AFP" theme="light" readerUrl={readerUrl} onClose={noop} onMuteTopic={noop} onMuteOutlet={noop} />),
  dark: toHtml(<TopicCard match={FIXTURE_TOPIC_MATCH} pageOutletName="AFP" theme="dark" readerUrl={readerUrl} onClose={noop} onMuteTopic={noop} onMuteOutlet={noop} />, openDetails),
  sentence: toHtml(<TopicCard match={FIXTURE_TOPIC_MATCH} sentence={sentence} theme="light" readerUrl={readerUrl} onClose={noop} onMuteTopic={noop} onMuteOutlet={noop} />),
  empty: toHtml(<TopicCard match={emptyMatch} theme="dark" readerUrl={readerUrl} onClose={noop} onMuteTopic={noop} onMuteOutlet={noop} />),
};

/** A card in a declarative shadow root; `full` lifts the max-height so the whole card can be reviewed. */
const shadow = (html: string, full = false) =>
  `<div class="host"><template shadowrootmode="open"><style>${cardCss}${full ? '\n.cl-card { max-height: none; }' : ''}</style>${html}</template></div>`;

const hostile = `
  * { font-family: "Comic Sans MS", cursive !important; color: #c00; line-height: 3; letter-spacing: 2px; }
  div, p, li { padding: 9px; border: 1px dotted #c0c; }
  body { font-size: 22px; text-transform: uppercase; }`;

const cardPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ClaimLens card preview</title>
<style>${hostile}
  html body { margin: 0; padding: 0; border: 0; }
  .stage { display: grid; grid-template-columns: repeat(2, 440px); gap: 0; width: 880px; padding: 0; border: 0; }
  .pane { padding: 24px 20px; border: 0; }
  .pane.light { background: #f3f1ec; } .pane.dark { background: #0f1013; }
  .host { padding: 0; border: 0; }
</style></head><body>
<div class="stage">
  <div class="pane light">${shadow(cards.light, true)}</div>
  <div class="pane dark">${shadow(cards.dark, true)}</div>
  <div class="pane light">${shadow(cards.sentence)}</div>
  <div class="pane dark">${shadow(cards.empty)}</div>
</div></body></html>`;

const reader = toHtml(
  <div class="cl-theme cl-r-app">
    <header class="cl-r-bar">
      <span class="cl-brand">
        <span class="cl-logo" aria-hidden="true" />
        ClaimLens reader
      </span>
    </header>
    <main class="cl-r-layout">
      <ReaderArticle view={FIXTURE_ARTICLE_VIEW} selectedClaimId={FIXTURE_ARTICLE_VIEW.claims[0].id} onSelect={noop} />
      <ReaderPanel view={FIXTURE_ARTICLE_VIEW} selectedClaimId={FIXTURE_ARTICLE_VIEW.claims[0].id} onSelect={noop} readerUrl={readerUrl} />
    </main>
  </div>,
);
const readerPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${FIXTURE_ARTICLE_VIEW.article.title}</title>
<style>${cardCss}\n${readerCss}</style></head><body>${reader}</body></html>`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'card-preview.html'), cardPage);
writeFileSync(join(outDir, 'reader-preview.html'), readerPage);
console.log(`wrote ${join(outDir, 'card-preview.html')} and reader-preview.html`);

if (!process.argv.includes('--no-shot')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 880, height: 900 }, deviceScaleFactor: 2 });
    await page.goto(`file://${join(outDir, 'card-preview.html')}`);
    await page.screenshot({ path: join(outDir, 'card-preview.png'), fullPage: true });
    for (const scheme of ['light', 'dark'] as const) {
      const rp = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: scheme });
      await rp.goto(`file://${join(outDir, 'reader-preview.html')}`);
      await rp.screenshot({ path: join(outDir, `reader-preview-${scheme}.png`) });
      await rp.close();
    }
    console.log('wrote card-preview.png, reader-preview-light.png, reader-preview-dark.png');
  } finally {
    await browser.close();
  }
}
