// A fifth subject, written in session 14 for the card's "same statement" gate and never used to fit anything: a museum
// theft told by two outlets (Valley Ledger, Brandt Courier), opened against a page from a third. The card-pair model
// reads "same story, same person" as agreement: "the Valley Ledger has described Varga as a former art student" and
// "the Valley Ledger describes Varga as Hungarian-born" share a source and a suspect, not a statement. A model agree
// needs two content words in common besides the topic, who speaks (speakers, titles, addressees, describers) and when.
// The model's display threshold is lowered here so that it calls every same-question pair an agreement: what is
// left as an agree is what the gate lets through.
import { describe, expect, it } from 'vitest';
import { lowAgreeSubject } from './low-agree-subject';

const { loaded, pack, items: cardItems, labelOf } = lowAgreeSubject('museum-heist', { url: 'https://brandt-post.example/theft', title: 'Brandt museum theft', siteName: 'Brandt Post', published: '2026-03-04' }, '2026-03-05T00:00:00.000Z');

describe('a model agree needs a shared statement (museum theft)', () => {
  it('imports both outlets', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Brandt Courier', 'Valley Ledger']);
  });

  it('one source describing one person two ways is no agreement', () => {
    const described = cardItems().filter((c) => /described by the Valley Ledger|Valley Ledger describes/.test(c.claim.text));
    expect(described.length).toBeGreaterThan(0);
    for (const c of described) expect(c.relation.label, c.claim.text).not.toBe('agrees');
  });

  it('the museum director saying two different things is no agreement', () => {
    for (const l of labelOf('Museum director Paul Osei told reporters', 'Varga worked as a night guard')) expect(l).not.toBe('agrees');
  });

  it('two outlets saying the same thing in other words still agree', () => {
    expect(labelOf('The Valley Ledger has described Varga as a former art student', 'Varga studied painting at an art school in Budapest')).toEqual(['agrees']);
    expect(labelOf('Police believe Varga boarded a train to Vienna', 'Varga took a train to Vienna')).toEqual(['agrees']);
  });
});
