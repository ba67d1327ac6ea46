// A sixth subject, written in session 18 for issue 9 ("agrees" must be the same statement, on any subject) and never used
// to fit anything: a paper mill closing in a made-up town, told by two outlets (Harbour Gazette, Ridge Post), opened
// against a page from a third. The card-pair model reads "same town, same mill" as agreement: "The Dunmore paper mill
// sponsored the local football club" and "Workers at the Dunmore paper mill marched through the town centre" share the
// topic and the words of its name, not a statement. A model agree needs the page sentence to state what the claim states
// (match.ts statesSame): close, with three content words in common besides the topic, speakers and dates, or the topic
// as subject with one predicate in both.
// As in shared-statement.test.ts the model's display threshold is lowered so that it calls every same-question pair an
// agreement: what is left as an agree is what the gate lets through.
import { describe, expect, it } from 'vitest';
import { topicPredicates } from '@/utils/engine/match';
import { lowAgreeSubject } from './low-agree-subject';

const { loaded, pack, items: cardItems, labelOf } = lowAgreeSubject('mill-closure', { url: 'https://kestrel-herald.example/mill', title: 'Dunmore loses its paper mill', siteName: 'Kestrel Herald', published: '2026-05-13' }, '2026-05-14T00:00:00.000Z');

describe('a model agree is the same statement, not the same topic (paper mill closure)', () => {
  it('imports both outlets', () => {
    expect(loaded.errors).toEqual([]);
    expect(pack.outlets.map((o) => o.name).sort()).toEqual(['Harbour Gazette', 'Ridge Post']);
  });

  it('a sentence that only mentions the mill is context, not agreement', () => {
    expect(labelOf('Workers at the Dunmore paper mill marched', 'The Dunmore paper mill sponsored the local football club')).toEqual(['related']);
    // The closing in other words answers the page's own closing sentence since session 29 (a sentence agreeing in other
    // words is preferred to a closer one that only mentions the mill), never the march.
    expect(labelOf('Workers at the Dunmore paper mill marched', 'The Dunmore paper mill will shut in June')).toEqual([]);
    expect(labelOf('Larsen Paper is closing the Dunmore paper mill in June', 'The Dunmore paper mill will shut in June')).toEqual(['agrees']);
  });

  it('the same statement in other words still agrees, on the model alone', () => {
    const pulp = cardItems().filter((c) => c.pageSentence?.text.startsWith('The company blamed rising wood pulp prices') && c.claim.text.startsWith('The owners said the soaring cost of wood pulp'));
    expect(pulp.map((c) => [c.relation.label, c.relation.basis])).toEqual([['agrees', 'model']]);
  });

  it('the rule agrees (near copies) are untouched', () => {
    expect(labelOf('Larsen Paper is closing the Dunmore paper mill in June', 'Larsen Paper will close the Dunmore paper mill in June')).toEqual(['agrees']);
    expect(labelOf('Union leader Carla Moss said Dunmore staff', 'Union leader Carla Moss said Dunmore members')).toEqual(['agrees']);
  });
});

describe('topicPredicates: what a sentence says its topic does', () => {
  const words = (...w: string[]) => new Set(w);
  it('reads the first content word after the topic as subject', () => {
    expect([...topicPredicates('About 2,500 US troops remain in Iraq, defying a 2020 vote.', words('us', 'troops'))]).toEqual(['remain']);
    expect([...topicPredicates('In practice, US troops have remained at the base.', words('us', 'troops'))]).toEqual(['remain']);
  });
  it('not a topic that is an object or follows a preposition, nor a reporting verb or a name after it', () => {
    expect(topicPredicates('People in China have adopted English names for decades.', words('english')).size).toBe(0);
    expect(topicPredicates('Workers at the Dunmore paper mill marched on Saturday.', words('dunmore')).size).toBe(0);
    expect(topicPredicates('Obama said the group was a cancer.', words('obama')).size).toBe(0);
    expect(topicPredicates('The State Department declared it a terrorist group.', words('state')).size).toBe(0);
  });
  // session 37: "The council's leader, Martin Quayle, did not come to the meeting" agreed with "No homes were destroyed,
  // council leader Martin Quayle said" by the model, both read as "the council leads"
  it('not a title before a name, nor a possessive; a verb before a name still is', () => {
    expect(topicPredicates('No homes were destroyed, council leader Martin Quayle said.', words('council')).size).toBe(0);
    expect(topicPredicates("The council's leader, Martin Quayle, did not come to the meeting.", words('council')).size).toBe(0);
    expect([...topicPredicates('The council fined Harlow Water on Monday.', words('council'))]).toEqual(['fine']);
  });
});
