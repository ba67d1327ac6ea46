/**
 * Who a page's generic nouns stand for, and when two receivers name one body (utils/engine/referents.ts; held-out
 * subjects of session 63: "the company said it had no warning" / "We wrote to Orlanmoor Metro …"; "the town said" /
 * "We wrote to the mayor and council"). Pages of our own.
 */
import { describe, expect, it } from 'vitest';
import { pageReferents, sameBody } from '@/utils/engine/referents';

const stems = (...words: string[]) => words.map((w) => expect.stringMatching(new RegExp(`^${w.slice(0, 4)}`)));

describe('pageReferents', () => {
  it('reads an appositive either way round', () => {
    expect(pageReferents(['The ferry operator, Westray Sound Ferries, said the crossing was cancelled.']).get('oper')).toEqual(stems('westray', 'sound', 'ferries'));
    expect(pageReferents(['Dunmore Software, the company that runs the booking system, said it was not to blame.']).get('compani')).toEqual(stems('dunmore', 'software'));
  });

  it('takes a business named only as who speaks first in sentences, not a person or an office', () => {
    const page = ['Calder Trams said 140 services were cancelled.', 'Mayor Ruth Ames said she had asked for a report.', 'The company said it had no warning.'];
    expect(pageReferents(page).get('compani')).toEqual(stems('calder', 'trams'));
    expect(pageReferents(['Mayor Ruth Ames said she had asked for a report.', 'The company said it had no warning.']).get('compani')).toBeUndefined();
    // a surname alone with a first name elsewhere is a person's; a plural opening a sentence is no name
    expect(pageReferents(['Race director Tom Whitlock spoke first.', 'Whitlock said the race went well.']).get('compani')).toBeUndefined();
    expect(pageReferents(['Police said the road was closed.']).get('compani')).toBeUndefined();
  });

  it("another party's generic is not the body's (\"its technology supplier, Kettlewell Systems\")", () => {
    const page = ['Harbour Health said the outage was caused by a failed upgrade carried out by its technology supplier, Kettlewell Systems, on Monday night.', 'Harbour Health said 38 operations were postponed.', 'The company said it had no warning.'];
    expect(pageReferents(page).get('compani')).toEqual(stems('harbour', 'health'));
    expect(pageReferents(page).get('supplier')).toBeUndefined();
  });

  it('an attribution after a name is no appositive ("…in September, the company said")', () => {
    expect(pageReferents(['The substation passed an inspection in September, the company said.']).get('compani')).toBeUndefined();
  });
});

describe('sameBody', () => {
  it('a stem in common, generics of one kind, or a generic the page names so', () => {
    expect(sameBody(['council'], ['counti', 'council'])).toBe(true);
    expect(sameBody(['town'], ['mayor', 'council'])).toBe(true);
    expect(sameBody(['compani'], ['manag', 'write'])).toBe(true);
    expect(sameBody(['compani'], ['calder', 'tram'])).toBe(false);
    expect(sameBody(['compani'], ['calder', 'tram'], new Map([['compani', ['calder', 'tram']]]))).toBe(true);
    // the operator the page names is the company it speaks of
    expect(sameBody(['compani'], ['westray'], new Map([['oper', ['westray', 'sound']]]))).toBe(true);
    // a business is not a council, nor another business the page does not name
    expect(sameBody(['compani'], ['council'])).toBe(false);
    expect(sameBody(['compani'], ['harlow', 'electr'], new Map([['compani', ['calder', 'tram']]]))).toBe(false);
  });
});
