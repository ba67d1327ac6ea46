/**
 * PageSession with a fake `send` (the background) and a fake overlay, on a linkedom page: what it asks the
 * background, what it shows, and who decides (the background's answer is shown as is; a mute from the card
 * hides the item at once with hideMuted, then the background is asked again).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { PageMatch, SentenceMatch, TopicMatch } from '@/utils/engine/types';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@/utils/settings';
import { OwnedContext } from '@/utils/page/lifetime';
import type { send as sendMessage } from '@/utils/messages';
import { HOVER_INTENT_MS, PageSession, type SessionDeps } from './session';
import type { Overlay, OverlayCallbacks, OverlayState } from './overlay';

const ARTICLE = `<!doctype html><html lang="en"><head><title>ISIS regroups</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Levant Ledger"></head>
<body><article><h1>ISIS regroups in Iraq</h1>
<p>Small bands of ISIS fighters are regrouping in the deserts of western Iraq, American commanders warned this week.</p>
<p>Iraqi officials insist the group was defeated years ago and that the 2,500 US troops should start leaving the country.</p>
<p>Analysts in Baghdad said the militants still carried out attacks on soldiers and tribal fighters in the north.</p>
</article></body></html>`;

function topic(id: string): TopicMatch {
  return {
    topic: { id, label: id, kind: 'entity', aliases: [] },
    score: 0.8,
    matchedTerms: [id],
    mentions: [{ start: 0, end: 4 }],
    outletCount: 2,
    claimCount: 3,
    contrasts: { disputes: [], agrees: [], related: [] },
    figures: [],
    timeline: [],
  } as unknown as TopicMatch;
}

function answer(ids: string[]): PageMatch {
  return { pageOutletId: null, topics: ids.map(topic), sentences: [], tookMs: 1 };
}

/** A fake overlay that records what it was shown and asked. */
function fakeOverlay() {
  const shown: OverlayState[] = [];
  const calls: string[] = [];
  let callbacks: OverlayCallbacks | null = null;
  const overlay: Overlay = {
    update: (s) => void shown.push(s),
    openCard: () => void calls.push('openCard'),
    closeCard: () => void calls.push('closeCard'),
    focusFromCommand: () => void calls.push('focusFromCommand'),
    cardOpen: false,
    layer: () => null,
    owns: () => false,
    repairs: 0,
    remove: () => void calls.push('remove'),
  };
  const mount = vi.fn(async (_ctx: unknown, cb: OverlayCallbacks) => {
    callbacks = cb;
    return overlay;
  });
  return { shown, calls, mount, topicsShown: () => shown.at(-1)?.match?.topics.map((t) => t.topic.id), callbacks: () => callbacks! };
}

/**
 * A fake background: answers page.match from a queue (last answer repeats) with the topics (the page load), and
 * page.sentences with the sentence matches of the answer it gave last; records every request.
 */
function fakeSend(answers: PageMatch[]) {
  const requests: { type: string; payload: unknown }[] = [];
  let i = 0;
  let last: PageMatch | undefined;
  const send = (async (type: string, payload: unknown) => {
    requests.push({ type, payload });
    if (type === 'page.match') {
      const { sentences: _s, ...summary } = (last = answers[Math.min(i++, answers.length - 1)]!);
      return summary;
    }
    if (type === 'page.sentences') return last?.sentences ?? [];
    return { ok: true };
  }) as unknown as typeof sendMessage;
  return { send, requests, matches: () => requests.filter((r) => r.type === 'page.match') };
}

const g = globalThis as Record<string, unknown>;
let saved: Record<string, unknown>;

beforeEach(() => {
  saved = { document: g.document, location: g.location, window: g.window };
  const { document, window } = parseHTML(ARTICLE);
  g.document = document;
  g.window = window;
  g.location = { hostname: 'www.levantledger.news', href: 'https://www.levantledger.news/isis' };
});
afterEach(() => {
  Object.assign(g, saved);
});

function makeSession(answers: PageMatch[], settings: Partial<Settings> = {}) {
  const bg = fakeSend(answers);
  const ui = fakeOverlay();
  // Stored settings as updateSettings treats them: a patch is values, or a function of what is stored.
  const store = { current: { ...DEFAULT_SETTINGS, ...settings } as Settings };
  const saveSettings = vi.fn(async (patch: SettingsPatch) => {
    store.current = { ...store.current, ...(typeof patch === 'function' ? patch(store.current) : patch) };
    return store.current;
  });
  const ctx = new OwnedContext('test');
  const session = new PageSession(ctx, { ...DEFAULT_SETTINGS, ...settings }, { send: bg.send, mountOverlay: ui.mount, saveSettings });
  return { session, bg, ui, saveSettings, store };
}

describe('PageSession', () => {
  it('sends the extracted article once and shows the background’s answer as is', async () => {
    // Muted in settings, but the background's answer is what is shown: the background applies mutes.
    const { session, bg, ui } = makeSession([answer(['isis', 'iraq'])], { mutedTopics: ['iraq'] });
    await session.scan('initial');
    expect(bg.matches()).toHaveLength(1);
    const page = bg.matches()[0]!.payload as { text: string; siteName: string };
    expect(page.text).toContain('Small bands of ISIS fighters');
    expect(page.siteName).toBe('Levant Ledger');
    expect(ui.topicsShown()).toEqual(['isis', 'iraq']);
    expect(session.showing).toBe(true);
  });

  it('does not ask again for the same text (a rescan of an unchanged page)', async () => {
    const { session, bg } = makeSession([answer(['isis'])]);
    await session.scan('initial');
    await session.scan('mutation');
    expect(bg.matches()).toHaveLength(1);
  });

  it('a mute from the card hides the topic at once, saves it, then shows the background’s new answer', async () => {
    const { session, bg, ui, saveSettings, store } = makeSession([answer(['isis', 'iraq']), answer(['iraq', 'syria'])]);
    await session.scan('initial');
    let hiddenBeforeSave: string[] | undefined;
    const save = saveSettings.getMockImplementation()!;
    saveSettings.mockImplementationOnce(async (patch) => {
      hiddenBeforeSave = ui.topicsShown();
      return save(patch);
    });
    ui.callbacks().onMuteTopic('isis');
    await vi.waitFor(() => expect(bg.matches()).toHaveLength(2));
    expect(hiddenBeforeSave).toEqual(['iraq']);
    expect(store.current.mutedTopics).toEqual(['isis']);
    await vi.waitFor(() => expect(ui.topicsShown()).toEqual(['iraq', 'syria']));
  });

  it('a mute adds to the lists as stored when it is written, keeping what another context added meanwhile', async () => {
    const { session, bg, ui, store } = makeSession([answer(['isis', 'iraq']), answer(['iraq'])]);
    await session.scan('initial');
    // The options page muted an outlet and a topic after this page read its settings.
    store.current = { ...store.current, mutedTopics: ['syria'], mutedOutlets: ['rt'] };
    ui.callbacks().onMuteTopic('isis');
    await vi.waitFor(() => expect(bg.matches()).toHaveLength(2));
    expect(store.current.mutedTopics).toEqual(['syria', 'isis']);
    expect(store.current.mutedOutlets).toEqual(['rt']);
  });

  it('mutes changed elsewhere (popup, options) are the background’s to apply: it is asked again', async () => {
    const { session, bg, ui } = makeSession([answer(['isis', 'iraq']), answer(['iraq'])]);
    await session.scan('initial');
    await session.onSettings({ ...DEFAULT_SETTINGS, mutedOutlets: ['rt'] });
    expect(bg.matches()).toHaveLength(2);
    expect(ui.topicsShown()).toEqual(['iraq']);
  });

  it('"Pause on this site" removes the overlay, tells the background, and saves the host', async () => {
    const { session, bg, ui, saveSettings, store } = makeSession([answer(['isis'])]);
    await session.scan('initial');
    ui.callbacks().onPauseSite();
    await vi.waitFor(() => expect(saveSettings).toHaveBeenCalled());
    expect(store.current.pausedSites).toEqual(['levantledger.news']);
    expect(ui.calls).toContain('remove');
    expect(bg.requests.some((r) => r.type === 'page.clear')).toBe(true);
    expect(session.showing).toBe(false);
  });

  // (Synthetic clicks on highlights are covered in real Chromium: test/e2e/overlay-hostile.e2e.ts.)
  it('relays the keyboard command to the overlay', async () => {
    const { session, ui } = makeSession([answer(['isis'])]);
    await session.scan('initial');
    await session.onCommand();
    expect(ui.calls).toContain('focusFromCommand');
  });

  it('an empty answer shows nothing and mounts no overlay', async () => {
    const { session, ui } = makeSession([answer([])]);
    await session.scan('initial');
    expect(ui.mount).not.toHaveBeenCalled();
    expect(session.showing).toBe(false);
  });

  it('asks for an opened card with the page text, shows it when it comes, and asks again after a new match', async () => {
    // The page load carries the topics only (issue 10); the card comes from 'page.card'.
    const summary = { ...answer(['isis']), topics: answer(['isis']).topics.map(({ contrasts: _c, figures: _f, timeline: _t, ...t }) => t) };
    const card = { ...topic('isis'), claimCount: 9 };
    const requests: { type: string; payload: unknown }[] = [];
    const send = (async (type: string, payload: unknown) => {
      requests.push({ type, payload });
      return type === 'page.match' ? summary : type === 'page.card' ? card : type === 'page.sentences' ? [] : { ok: true };
    }) as unknown as typeof sendMessage;
    const ui = fakeOverlay();
    const session = new PageSession(new OwnedContext('test'), DEFAULT_SETTINGS, { send, mountOverlay: ui.mount });
    await session.scan('initial');
    expect(ui.shown.at(-1)!.cards?.size ?? 0).toBe(0);
    ui.callbacks().requestCard!('isis');
    ui.callbacks().requestCard!('isis'); // asked once while in flight
    await vi.waitFor(() => expect(ui.shown.at(-1)!.cards?.get('isis')).toEqual(card));
    const asked = requests.filter((r) => r.type === 'page.card');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.payload).toEqual({ topicId: 'isis', page: (requests.find((r) => r.type === 'page.match')!.payload as object) });
    // Cached: a reopened card is not asked for again.
    ui.callbacks().requestCard!('isis');
    expect(requests.filter((r) => r.type === 'page.card')).toHaveLength(1);
    // A new answer (mutes changed) replaces the cards: the next request asks again.
    await session.onSettings({ ...DEFAULT_SETTINGS, mutedOutlets: ['x'] });
    expect(ui.shown.at(-1)!.cards?.size ?? 0).toBe(0);
    ui.callbacks().requestCard!('isis');
    await vi.waitFor(() => expect(requests.filter((r) => r.type === 'page.card')).toHaveLength(2));
  });

  it('asks for the sentence matches once the page load is shown and adds them when they come; a new answer asks again', async () => {
    const sentence: SentenceMatch = { start: 0, end: 20, text: 'Small bands of ISIS', topicIds: ['isis'], contrasts: { disputes: [], agrees: [], related: [] } };
    const { session, bg, ui } = makeSession([{ ...answer(['isis']), sentences: [sentence] }, answer(['isis'])]);
    await session.scan('initial');
    // The page load's topics were shown first, without sentence matches; then asked for with the page text.
    expect(ui.shown[0]!.match!.topics.map((t) => t.topic.id)).toEqual(['isis']);
    expect(ui.shown[0]!.match!.sentences).toEqual([]);
    expect(bg.requests.map((r) => r.type).filter((t) => t.startsWith('page.'))).toEqual(['page.match', 'page.sentences']);
    expect(bg.requests[1]!.payload).toEqual({ page: bg.matches()[0]!.payload });
    await vi.waitFor(() => expect(ui.shown.at(-1)!.match!.sentences).toEqual([sentence]));
    // Mutes changed: the new answer's sentence matches replace the old ones.
    await session.onSettings({ ...DEFAULT_SETTINGS, mutedOutlets: ['x'] });
    await vi.waitFor(() => expect(bg.requests.filter((r) => r.type === 'page.sentences')).toHaveLength(2));
    expect(ui.shown.at(-1)!.match!.sentences).toEqual([]);
  });

  it('a card asked for before the sentence matches come is still shown when it comes after them', async () => {
    const sentence: SentenceMatch = { start: 0, end: 20, text: 'Small bands of ISIS', topicIds: ['isis'], contrasts: { disputes: [], agrees: [], related: [] } };
    const card = { ...topic('isis'), claimCount: 9 };
    let cardReply: (c: TopicMatch) => void = () => undefined;
    let sentencesReply: (s: SentenceMatch[]) => void = () => undefined;
    const send = (async (type: string) => {
      if (type === 'page.match') return { ...answer(['isis']), sentences: undefined };
      if (type === 'page.sentences') return new Promise((resolve) => (sentencesReply = resolve));
      if (type === 'page.card') return new Promise((resolve) => (cardReply = resolve));
      return { ok: true };
    }) as unknown as typeof sendMessage;
    const ui = fakeOverlay();
    const session = new PageSession(new OwnedContext('test'), DEFAULT_SETTINGS, { send, mountOverlay: ui.mount });
    await session.scan('initial');
    ui.callbacks().requestCard!('isis'); // opened while the sentence matches are on their way
    sentencesReply([sentence]);
    await vi.waitFor(() => expect(ui.shown.at(-1)!.match!.sentences).toEqual([sentence]));
    cardReply(card);
    await vi.waitFor(() => expect(ui.shown.at(-1)!.cards?.get('isis')).toEqual(card));
    expect(ui.shown.at(-1)!.match!.sentences).toEqual([sentence]);
  });
});

describe('PageSession hover intent', () => {
  /** A fake highlighter: the point (x, y) is over topic `ids[x]` (a one-pixel strip per topic), nothing elsewhere. */
  function fakeHighlighter(ids: string[]) {
    const sets: number[] = [];
    const create = (() => ({
      usingFallback: false,
      set: (entries: unknown[]) => void sets.push(entries.length),
      clear: () => undefined,
      setStyle: () => undefined,
      hitTest: () => null,
      entriesAt: (x: number) => (ids[x] ? [{ kind: 'topic', range: {} as Range, data: { topicId: ids[x], sentenceIndex: null } }] : []),
      relayout: () => undefined,
      flash: () => undefined,
      destroy: () => undefined,
    })) as unknown as NonNullable<SessionDeps['createHighlighter']>;
    return { create, sets };
  }
  const move = (x: number, more: Partial<PointerEvent> = {}) => ({ isTrusted: true, pointerType: 'mouse', buttons: 0, clientX: x, clientY: 0, ...more }) as PointerEvent;
  const rest = () => new Promise((r) => setTimeout(r, HOVER_INTENT_MS + 30));

  function hoverSession(ids: string[]) {
    const requests: { type: string; payload: unknown }[] = [];
    const send = (async (type: string, payload: unknown) => {
      requests.push({ type, payload });
      if (type === 'page.match') return { ...answer(ids), sentences: undefined };
      if (type === 'page.card') return { ...topic((payload as { topicId: string }).topicId), claimCount: 9 };
      return type === 'page.sentences' ? [] : { ok: true };
    }) as unknown as typeof sendMessage;
    const ui = fakeOverlay();
    const hl = fakeHighlighter(ids);
    const session = new PageSession(new OwnedContext('test'), DEFAULT_SETTINGS, { send, mountOverlay: ui.mount, createHighlighter: hl.create });
    const cardsAsked = () => requests.filter((r) => r.type === 'page.card').map((r) => (r.payload as { topicId: string }).topicId);
    return { session, ui, hl, cardsAsked };
  }

  it('asks for the card of a highlight the mouse rests on, and shows it without registering the highlights again', async () => {
    const { session, ui, hl, cardsAsked } = hoverSession(['isis', 'iraq']);
    await session.scan('initial');
    const registered = hl.sets.length;
    session.onPointerMove(move(1));
    await rest();
    expect(cardsAsked()).toEqual(['iraq']);
    await vi.waitFor(() => expect(ui.shown.at(-1)!.cards?.get('iraq')?.claimCount).toBe(9));
    expect(hl.sets.length).toBe(registered);
    // Resting there again, or clicking it, asks nothing more: the card is known.
    session.onPointerMove(move(1));
    await rest();
    expect(cardsAsked()).toEqual(['iraq']);
  });

  it('a pointer crossing highlights asks only for the one it stops on; touch, a pressed button or plain text ask nothing', async () => {
    const { session, cardsAsked } = hoverSession(['isis', 'iraq', 'baghdad']);
    await session.scan('initial');
    session.onPointerMove(move(0));
    await new Promise((r) => setTimeout(r, HOVER_INTENT_MS / 3));
    session.onPointerMove(move(1));
    await new Promise((r) => setTimeout(r, HOVER_INTENT_MS / 3));
    session.onPointerMove(move(2));
    await rest();
    expect(cardsAsked()).toEqual(['baghdad']);
    session.onPointerMove(move(0, { pointerType: 'touch' }));
    await rest();
    session.onPointerMove(move(1, { buttons: 1 }));
    await rest();
    session.onPointerMove(move(7)); // no highlight there
    await rest();
    session.onPointerMove(move(0, { isTrusted: false }));
    await rest();
    expect(cardsAsked()).toEqual(['baghdad']);
  });

  it('a rest that ends after the page was reset asks nothing', async () => {
    const { session, cardsAsked } = hoverSession(['isis']);
    await session.scan('initial');
    session.onPointerMove(move(0));
    await session.reset();
    await rest();
    expect(cardsAsked()).toEqual([]);
  });
});
