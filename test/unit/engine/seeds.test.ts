// The five seed articles end to end: outlet, date, boilerplate, figures, speakers.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { BOILERPLATE_PHRASES, SEEDS, seed, seedText } from './article-fixtures';

describe('seed articles', () => {
  it.each([
    ['000', null],
    ['001', null],
    ['002', 'Sputnik'],
    ['003', null],
    ['004', 'The Cradle'],
  ])('seed %s outlet is %s where the text shows it', (prefix, name) => {
    const r = seed(prefix);
    if (name) {
      expect(r.outlet.name).toBe(name);
      expect(r.outlet.notes.length).toBeGreaterThan(0); // evidence kept
    } else {
      expect(r.outlet.name).toBe('Unknown outlet');
      expect(r.problems.join(' ')).toMatch(/outlet unknown/);
    }
  });

  it('seed 002 outlet evidence is the © caption', () => {
    expect(seed('002').outlet.notes.map((n) => n.source).join(' ')).toContain('© Sputnik');
    expect(seed('002').outlet.id).toBe('sputnik');
  });

  it('seed 004 date, author and outlet come from the date line and byline', () => {
    const r = seed('004');
    expect(r.article.published).toBe('2024-03-27');
    expect(r.article.author).toBe('News Desk');
    expect(r.outlet.id).toBe('the-cradle');
    expect(r.article.title).toBe('US envoy claims ‘ISIS still a threat’ in Iraq as Washington looks to delay withdrawal');
  });

  it('seed 000 has no year in the text: date stays null with a problem', () => {
    const r = seed('000');
    expect(r.article.published).toBeNull();
    expect(r.problems.join(' ')).toMatch(/no date found/);
  });

  it('seed 000 gets 2020-01-22 when a publication year is given (general rule: lead date + known year)', () => {
    const r = analyzeArticle({ text: seedText('000'), published: '2020' });
    expect(r.article.published).toBe('2020-01-22');
    // a year whose calendar does not put Wednesday on January 22 is rejected: only the given year is kept
    expect(analyzeArticle({ text: seedText('000'), published: '2021' }).article.published).toBe('2021');
  });

  it.each(SEEDS)('seed %s: no boilerplate in any claim or in the body', (prefix) => {
    const r = seed(prefix);
    expect(r.claims.length).toBeGreaterThan(10);
    for (const c of r.claims) for (const p of BOILERPLATE_PHRASES) expect(c.text).not.toContain(p);
    for (const p of BOILERPLATE_PHRASES) expect(r.article.body).not.toContain(p);
  });

  it.each(SEEDS)('seed %s: claim offsets map back into the body and ids are sequential', (prefix) => {
    const r = seed(prefix);
    r.claims.forEach((c, i) => {
      expect(r.article.body.slice(c.start, c.end)).toBe(c.text);
      expect(c.id).toBe(`${r.article.id}:${i}`);
      expect(c.articleId).toBe(r.article.id);
      expect(c.outletId).toBe(r.outlet.id);
      expect(c.topics).toEqual([]);
    });
  });

  it('US troops in Iraq: 5,200 (000) and 2,500 (003, 004) share one subject key', () => {
    const find = (prefix: string, value: number) =>
      seed(prefix).claims.flatMap((c) => c.figures).find((f) => f.value === value && f.unit === 'troop');
    const a = find('000', 5200);
    const b = find('003', 2500);
    const c = find('004', 2500);
    expect(a).toBeDefined();
    expect(a?.approx).toBe(true);
    expect(a?.subjectKey).toBe('us|troop|iraq');
    expect(b?.subjectKey).toBe(a?.subjectKey);
    expect(c?.subjectKey).toBe(a?.subjectKey);
    expect(a?.subject).toBe('US troops in Iraq');
  });

  it('seed 001: 14,000–18,000 members is a range; up to 3,000 foreigners', () => {
    const figs = seed('001').claims.flatMap((c) => c.figures);
    const m = figs.find((f) => f.unit === 'member');
    expect(m).toMatchObject({ value: 14000, high: 18000, unit: 'member' });
    expect(m?.subjectKey).toBe('|member|iraq+syria');
    expect(figs.find((f) => f.unit === 'foreigner')).toMatchObject({ value: 3000, approx: true });
    // years are not figures
    expect(figs.some((f) => f.value === 2007 || f.value === 2008 || f.value === 2014)).toBe(false);
  });

  it('seed 002: some 108 attacks in Iraq during April', () => {
    const f = seed('002').claims.flatMap((c) => c.figures).find((x) => x.value === 108);
    expect(f).toMatchObject({ value: 108, unit: 'attack', approx: true, period: 'April', subjectKey: '|attack|iraq' });
  });

  it('seed 003 and 004: 900 US troops in Syria, 137 people killed', () => {
    expect(seed('003').claims.flatMap((c) => c.figures).find((f) => f.value === 900)).toMatchObject({ unit: 'troop', subjectKey: 'us|troop|syria' });
    expect(seed('004').claims.flatMap((c) => c.figures).find((f) => f.value === 137)).toMatchObject({ unit: 'person', subjectKey: '|person:killed|moscow' });
  });

  const speakers: [string, RegExp, string][] = [
    ['000', /Maj\. Gen\. Alexus Grynkewich/, 'The "Islamic State of Iraq and Syria"'],
    ['000', /Maj\. Gen\. Alexus Grynkewich/, 'The group "certainly still remain a threat"'],
    ['000', /Maj\. Gen\. Alexus Grynkewich/, '"They have the potential to resurge'],
    ['000', /Maj\. Gen\. Alexus Grynkewich/, 'Grynkewich said he did not see'],
    ['000', /^White House$/, 'US President Donald Trump and his Iraqi counterpart'],
    ['000', /US military sources/, 'Coalition troops have ostensibly reduced'],
    ['001', /^Pentagon watchdog$/, 'The Islamic State (IS) group is exploiting'],
    ['001', /^Glenn Fine$/, 'The jihadists – who suffered'],
    ['001', /report/i, '“Despite losing its territorial'],
    ['001', /^Office of Inspector General report$/, 'The IS group has been able to'],
    ['001', /^Office of Inspector General report$/, 'The coalition fighting the IS group believes'],
    ['001', /Donald Trump/, '“We’ll be out of there pretty soon'],
    ['002', /Sajad Jiyad/, 'The analyst also noted'],
    ['002', /^Lt\. Gen\. Pat White$/, 'This report comes nearly a month after'],
    ['002', /^Lt\. Gen\. Pat White$/, '"The type of attacks they are conducting now'],
    ['002', /^Lt\. Gen\. Pat White$/, '"The pure numbers'],
    ['002', /^Lt\. Gen\. Pat White$/, 'According to White'],
    ['002', /^Lt\. Gen\. Pat White$/, 'While economic instability is obviously'],
    ['002', /^Lt\. Gen\. Pat White$/, '"They are lacking in financing'],
    ['002', /^Iraqi parliament resolution$/, '"The Iraqi government must work'],
    ['002', /Donald Trump/, 'Just weeks prior to'],
    ['003', /^Pentagon spokesman Major Pete Nguyen$/, '“The talks in Iraq serve'],
    ['003', /Patrick Ryder$/, '“Right now, I’m not aware'],
    ['003', /^Iraqi Prime Minister Mohammed Shia al-Sudani$/, '“The justifications for the existence'],
    ['003', /^Iraqi MP Hassan Salem$/, 'Iraqi MP Hassan Salem confirmed'],
    ['003', /report/, 'Furthermore, ISIS currently lacks'],
    ['004', /^US Ambassador to Iraq Alina Romanowski$/, 'ISIS still poses a threat in Iraq'],
    ['004', /^US Ambassador to Iraq Alina Romanowski$/, '"We both assess ISIS'],
    ['004', /^US Ambassador to Iraq Alina Romanowski$/, '"As this event reminds us'],
    ['004', /^US Ambassador to Iraq Alina Romanowski$/, '"That\'s why the United States'],
    ['004', /^Russian foreign ministry$/, 'The Russian foreign ministry accused'],
    ['004', /^Reuters$/, 'Reuters noted that'],
  ];
  it.each(speakers)('seed %s: speaker %s for "%s…"', (prefix, speaker, start) => {
    const c = seed(prefix).claims.find((x) => x.text.startsWith(start));
    expect(c, `claim starting ${start}`).toBeDefined();
    expect(c?.speaker ?? '').toMatch(speaker);
  });

  it('outlet assertions have no speaker and keep their kind', () => {
    const c = seed('003').claims.find((x) => x.text.startsWith('A defeated ISIS has been making'));
    expect(c).toMatchObject({ kind: 'assertion', speaker: null });
    const q = seed('004').claims.find((x) => x.text.startsWith('Romanowski\'s claim contradicts'));
    expect(q).toMatchObject({ kind: 'assertion', speaker: null });
  });

  it('claim kinds: quotes, statements, figures and assertions all occur', () => {
    const kinds = new Set(SEEDS.flatMap((p) => seed(p).claims.map((c) => c.kind)));
    expect([...kinds].sort()).toEqual(['assertion', 'figure', 'quote', 'statement']);
    expect(seed('003').claims.find((x) => x.text.startsWith('About 2,500 US troops'))?.kind).toBe('figure');
    expect(seed('003').claims.find((x) => x.text.startsWith('“Right now'))?.kind).toBe('quote');
  });

  it('claim dates: article date unless the sentence dates the statement', () => {
    const r = seed('004');
    expect(r.claims.find((c) => c.text.startsWith('ISIS still poses a threat'))?.date).toBe('2024-03-25'); // "published on 25 March"
    expect(r.claims.find((c) => c.text.startsWith('The Russian foreign ministry'))?.date).toBe('2024-03-27');
    // undated article: "said last month" cannot be resolved
    expect(seed('003').claims.find((c) => c.text.startsWith('“Right now'))?.date).toBeNull();
    const dated = analyzeArticle({ text: seedText('003'), published: '2024-02-10' });
    expect(dated.claims.find((c) => c.text.startsWith('“Right now'))?.date).toBe('2024-01'); // "said last month"
    expect(dated.claims.find((c) => c.text.startsWith('“The justifications'))?.date).toBe('2024-01'); // "told reporters in January"
    expect(dated.claims.find((c) => c.text.startsWith('“The talks in Iraq'))?.date).toBe('2024-02-10'); // "said this week"
  });

  it('headings are not claims', () => {
    for (const p of SEEDS) {
      for (const c of seed(p).claims) {
        expect(['US military role needed', 'Senior US commanders against ‘partial withdrawal’', '‘Create turmoil’']).not.toContain(c.text);
      }
    }
  });
});
