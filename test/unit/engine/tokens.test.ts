/**
 * The one text layer: the shared tokenizer (offsets, kinds, normal forms, Porter2 stems), the two sentence
 * splitters, and one id function per id space. Property tests (fast-check) over arbitrary text, news-like text
 * and non-Latin scripts; table tests for what each earlier tokenizer's callers rely on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { parseOutletsFile } from '@/utils/engine/formats';
import { articleIdOf, outletIdOf, topicIdOf } from '@/utils/engine/ids';
import { splitSentences, splitSentencesQuick } from '@/utils/engine/sentences';
import { contentTerms, tokenize as termTokens } from '@/utils/engine/text';
import { normalise, scanTokens, stem } from '@/utils/engine/tokens';
import { tokenize as grammarTokens } from '@/utils/engine/wordtokens';
import { normalizeWord, tokenize as searchTokens } from '@/utils/search';

/** Text built from news-like pieces: words, initialisms, figures, hyphens, apostrophes, quotes, other scripts. */
const newsText = fc
  .array(
    fc.constantFrom(
      'US', 'U.S.', 'e.g.', 'Iraq’s', "Romanowski's", 'troops', 'don’t', 'US-led', 'al-Sudani', 'COVID-19', '5,200', '3.5',
      '19th', '2,500-strong', 'Grynkewich', 'Заголовок', 'بغداد', '東京', 'café', 'naïve', '—', '-', '.', ',', '!', '?', '"', '“', '”',
      '(', ')', "'", '’', ' ', ' ', '  ', '\n', '\n\n', 'Maj.', 'Gen.', 'No.', '2', 'said', 'The', 'it', 'resurgence',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('scanTokens', () => {
  it('every token is the text between its offsets, in order, never overlapping (any text)', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.boolean(), (text, compounds, punct) => {
        let last = 0;
        for (const t of scanTokens(text, { compounds, punct })) {
          expect(text.slice(t.start, t.end)).toBe(t.raw);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          last = t.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('with punctuation kept, the tokens cover every non-space character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const t of scanTokens(text, { compounds: true, punct: true })) covered.fill(1, t.start, t.end);
        for (let i = 0; i < text.length; i++) if (covered[i] === 0) expect(text[i]).toMatch(/\s/u);
      }),
      { numRuns: 300 },
    );
  });

  it('the three views are one tokenizer: term and search tokens are the same words; grammar tokens join compounds', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const words = scanTokens(text);
        expect(termTokens(text).map((t) => [t.start, t.end])).toEqual(words.map((t) => [t.start, t.end]));
        // Search: the same words, except that words written together with no separator ("19" + "th") are one term.
        const runs: [number, number][] = [];
        for (const w of words) {
          const last = runs[runs.length - 1];
          if (last && last[1] === w.start) last[1] = w.end;
          else runs.push([w.start, w.end]);
        }
        const search = searchTokens(text);
        expect(search.map((t) => [t.start, t.end])).toEqual(runs.filter(([a, b]) => normalizeWord(text.slice(a, b))));
        expect(search.map((t) => t.term)).toEqual(runs.map(([a, b]) => normalizeWord(text.slice(a, b))).filter((w) => w));
        // Every grammar word either is a term word or is a hyphen-joined run of them.
        for (const g of grammarTokens(text).filter((t) => t.kind !== 'punct')) {
          const inside = words.filter((w) => w.start >= g.start && w.end <= g.end);
          expect(inside.length).toBeGreaterThan(0);
          expect(inside[0]!.start).toBe(g.start);
          expect(inside[inside.length - 1]!.end).toBe(g.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['The US-led coalition’s 5,200 troops', ['the', 'us', 'led', 'coalition', '5200', 'troops']],
    ['U.S. and e.g. a.m.', ['us', 'and', 'eg', 'am']],
    ["Iraq's 19th don't", ['iraq', '19', 'th', "don't"]],
    ['Заголовок بغداد café', ['заголовок', 'بغداد', 'café']],
  ])('words of %s', (text, norms) => expect(scanTokens(text).map((t) => t.norm)).toEqual(norms));

  it.each([
    ['US-led forces', ['US-led', 'forces']],
    ['Mohammed Shia al-Sudani’s office', ['Mohammed', 'Shia', 'al-Sudani’s', 'office']],
    ['F-16 and COVID-19', ['F-16', 'and', 'COVID-19']],
    ['U.S.-led, 2,500-strong', ['U.S.', '-', 'led', ',', '2,500', '-', 'strong']],
    ['well - known', ['well', '-', 'known']],
    ['mid-2000s MiG-21s a--b', ['mid-2000s', 'MiG-21s', 'a', '-', '-', 'b']],
  ])('grammar tokens of %s keep compounds whole', (text, raws) => expect(grammarTokens(text).map((t) => t.text)).toEqual(raws));

  it('kinds: words start with a letter, numbers with an ASCII digit, the rest is punctuation', () => {
    expect(grammarTokens('Troops: 5,200 (about 3.5%)').map((t) => `${t.text}/${t.kind}`)).toEqual([
      'Troops/word', ':/punct', '5,200/number', '(/punct', 'about/word', '3.5/number', '%/punct', ')/punct',
    ]);
  });

  it('search folds accents and apostrophes on top of the shared normal form', () => {
    expect(searchTokens('Súdani’s “don’t” U.S.').map((t) => t.term)).toEqual(['sudani', 'dont', 'us']);
    expect(normalizeWord('5,200')).toBe('5200');
    expect(searchTokens('the 19th and 101st, 4gb').map((t) => t.term)).toEqual(['the', '19th', 'and', '101st', '4gb']);
  });
});

describe('normalise and stem', () => {
  it('normalise is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const t of scanTokens(text)) expect(normalise(t.norm)).toBe(t.norm);
    }), { numRuns: 300 });
  });

  it('normalise: ASCII words take the short path to the same form ("ISIS" → "isis", "Syria’s" → "syria", "U.S." → "us")', () => {
    // The rules in full, as written before the ASCII short path: every token's form must stay this.
    const full = (word: string): string => {
      let w = word.toLowerCase().replace(/’/g, "'");
      if (w.endsWith("'s")) w = w.slice(0, -2);
      else if (w.endsWith("'")) w = w.slice(0, -1);
      if (w.includes('.') && !/^\d/.test(w)) w = w.replace(/\./g, '');
      else if (/^\d/.test(w)) w = w.replace(/,/g, '');
      return w;
    };
    for (const w of ['ISIS', 'Syria', 'Syria’s', "troops'", 'U.S.', 'McDonald', 'Éric', '14,000', 'iPhone', 'x']) expect(normalise(w)).toBe(full(w));
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z]{1,12}$/), fc.stringMatching(/^[A-Za-z.'’,0-9]{1,8}$/), anyText), (text) => {
        for (const t of scanTokens(text)) expect(t.norm).toBe(full(t.raw));
      }),
      { numRuns: 500 },
    );
  });

  it('a stem is never longer than its word, and non a–z words are left as they are', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[a-z]{1,14}$/), fc.string({ maxLength: 12 })), (w) => {
        const s = stem(w);
        expect(s.length).toBeLessThanOrEqual(w.length);
        if (!/^[a-z]+$/.test(w) || w.length <= 2) expect(s).toBe(w);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [['resurge', 'resurges', 'resurged', 'resurging', 'resurgence'], 'resurg'],
    [['attack', 'attacks', 'attacked', 'attacking'], 'attack'],
    [['withdraw', 'withdrawal', 'withdrawing'], 'withdraw'],
    [['insurgency', 'insurgent', 'insurgents'], 'insurg'],
    [['estimate', 'estimated', 'estimates'], 'estim'],
  ])('Porter2 unites %o → %s', (words, s) => {
    for (const w of words) expect(stem(w)).toBe(s);
  });

  it('Porter2 keeps its exceptional forms ("news" is not "new", "generally" is "general")', () => {
    expect([stem('news'), stem('new'), stem('generally'), stem('skies'), stem('dying')]).toEqual(['news', 'new', 'general', 'sky', 'die']);
  });

  it('content terms are the stems of the non-stop, non-number words', () => {
    expect(contentTerms('The militants’ 3 attacks resurged in 2024')).toEqual(['milit', 'attack', 'resurg']);
  });
});

describe('sentence splitters', () => {
  const covers = (text: string, spans: { start: number; end: number; text: string }[]) => {
    let last = 0;
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(text.slice(last, s.start).trim()).toBe(''); // nothing but space is left out between sentences
      last = s.end;
    }
    expect(text.slice(last).trim()).toBe('');
  };
  it('the full splitter covers the text: in order, offsets exact, only space between', () => {
    fc.assert(fc.property(anyText, (text) => covers(text, splitSentences(text))), { numRuns: 300 });
  });
  it('the quick splitter covers the text the same way', () => {
    fc.assert(fc.property(anyText, (text) => covers(text, splitSentencesQuick(text))), { numRuns: 300 });
  });
  it('they differ where the names say: the full one keeps a quotation over sentences together', () => {
    const text = '“We are ready. We continue to plan,” Ryder said. Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['“We are ready. We continue to plan,” Ryder said.', 'Then he left.']);
    expect(splitSentencesQuick(text).map((s) => s.text)).toEqual(['“We are ready.', 'We continue to plan,” Ryder said.', 'Then he left.']);
  });
});

describe('one id function per id space', () => {
  it('an outlets file and the analyser give one outlet the same id (they used two slug functions before)', () => {
    for (const name of ['AT&T News', 'Коммерсант', 'Le Monde', 'PopularResistance.org']) {
      const fromFile = parseOutletsFile([{ name }]).outlets[0]!.id;
      const fromText = analyzeArticle({ text: 'Officials said the plant reopened on Monday after repairs.', outlet: name }).outlet.id;
      expect(fromFile).toBe(fromText);
      expect(fromFile).toBe(outletIdOf(name));
    }
    expect(outletIdOf('AT&T News')).toBe('at-and-t-news');
    expect(outletIdOf('Diyaruna (attributed)')).toBe('diyaruna');
    expect(outletIdOf('Коммерсант')).toMatch(/^outlet-[0-9a-f]{8}$/);
  });
  it('topic ids keep every script; article ids ignore spacing', () => {
    expect(topicIdOf('Mohammed Shia al-Sudani')).toBe('mohammed-shia-al-sudani');
    expect(topicIdOf('U.S. troops')).toBe('us-troops');
    expect(topicIdOf('Коммерсант')).toBe('коммерсант');
    expect(articleIdOf('A  b\n\nc.')).toBe(articleIdOf('A b c.'));
    expect(articleIdOf('A b c.')).toMatch(/^[0-9a-f]{16}$/);
  });
});
