// What a claim and a page sentence SAY in common, apart from who says it, to whom, when, and the card's topic: the
// card-pair model read "same story, same person" as agreement ("the Ledger describes Varga as Hungarian-born" vs "the
// Ledger described Varga as a former art student"), so a model agree needs a shared statement. A fresh subject.
// Also one stop said both ways ("stopped running … on Sunday" / "have not run … since Sunday").
import { describe, expect, it } from 'vitest';
import { extractTerms, sameCessation, sharedStatementTerms } from '@/utils/engine/relation';

const topic = (label: string) => new Set(extractTerms(label).keys());

describe('sharedStatementTerms', () => {
  it.each([
    // speaker, reporting verb and role noun only
    ['Museum director Paul Osei told reporters the insurance would cover part of the loss.', 'Museum director Paul Osei told reporters the theft was planned for months.', 'Brandt Museum', []],
    // the addressee ("told CBS News") is not what was said
    ['Ms. Varga told CBS News that she no longer owned the van.', 'Ms. Varga told CBS News that she had hired a lawyer.', 'Varga', []],
    // time words only
    ['Police searched the gallery early on Monday.', 'The curator resigned early on Monday.', 'gallery', []],
  ] as const)('"%s" and "%s" (topic %s) share no statement', (a, b, t, expected) => {
    expect(sharedStatementTerms({ text: a }, { text: b }, topic(t)).shared).toEqual(expected);
  });

  it('a trailing attribution without quotes is the speaker, not the statement ("…, police said.")', () => {
    const { shared } = sharedStatementTerms({ text: 'Police believe Varga boarded a train to Vienna early on Monday.' }, { text: 'Varga took a train to Vienna early on Monday, police said.' }, topic('Varga'));
    expect(shared).toEqual(expect.arrayContaining(['train', 'vienna']));
    expect(shared).not.toContain('varga');
  });

  it('a speaker named by surname alone at the start of a sentence is the speaker too ("Whitford said …"; session 36)', () => {
    const same = sharedStatementTerms({ text: 'Whitford said the plant would reopen on Monday.' }, { text: 'Whitford said the river would be clean within days.' }, topic('Pardee'));
    expect(same.shared).toEqual([]);
    const alike = sharedStatementTerms({ text: 'Whitford said the river would be clean within days.' }, { text: 'Brandt said the river would be clean within days once the skimming was finished.' }, topic('Pardee'));
    expect(alike).toEqual({ shared: ['river', 'clean'], smaller: 2 });
  });

  it('what both say counts, whoever says it', () => {
    const { shared } = sharedStatementTerms(
      { text: 'A representative of the plumbing firm told CBS News that they plan to pursue legal action to force the website to remove the photo.' },
      { text: 'They have hired an attorney and intend to pursue legal action to force the website to remove the photo.' },
      topic('plumbing firm'),
    );
    expect(shared).toEqual(expect.arrayContaining(['legal', 'action', 'photo']));
  });
});

describe('one stop said both ways (sameCessation, session 33)', () => {
  const none = new Set<string>();
  it('"stopped running … on Sunday" and "have not run … since Sunday" state one fact', () => {
    expect(sameCessation({ text: 'Ferries stopped running between Aldport and Skerra on Sunday after the storm.' }, { text: 'Ferries have not run between Aldport and Skerra since Sunday.' }, none)).toBe(true);
    expect(sameCessation({ text: 'The plant has not produced any steel since March, the union said.' }, { text: 'The plant stopped producing steel in the spring and halted shipments on March 3.' }, none)).toBe(false);
    expect(sameCessation({ text: 'The Harlow plant ceased producing steel on Monday.' }, { text: 'The Harlow plant has not produced steel since Monday.' }, none)).toBe(true);
  });

  it('not another time, another doing, or a stop the other side relays', () => {
    expect(sameCessation({ text: 'Ferries stopped running between Aldport and Skerra on Sunday.' }, { text: 'Ferries have not run between Aldport and Skerra since Friday.' }, none)).toBe(false);
    expect(sameCessation({ text: 'Ferries stopped running between Aldport and Skerra on Sunday.' }, { text: 'Ferries have not sailed to Brell since Sunday.' }, none)).toBe(false);
    expect(sameCessation({ text: 'Ferries reportedly stopped running between Aldport and Skerra on Sunday.' }, { text: 'Ferries have not run between Aldport and Skerra since Sunday.' }, none)).toBe(false);
  });
});

describe('a quote’s attribution after it is who speaks (session 61: two quotes of one chief executive agreed by her title)', () => {
  it('leaves the attribution’s words out of what the two say', () => {
    const a = '"Our crews did all they could, and every one of them was safe," said Maria Lund, the port’s managing director and chief executive.';
    const b = '"We owe the town a full account of the failure, and we will give one," said Maria Lund, managing director and chief executive.';
    expect(sharedStatementTerms({ text: a }, { text: b }, new Set()).shared).toEqual([]);
  });
});
