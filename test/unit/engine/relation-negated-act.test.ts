/**
 * A negated act the other side states plainly (issue 9; blind subjects of session 22: "Meridale Health … said it had
 * not paid a ransom" / "Meridale Health paid a ransom of about $3.4 million"; "the district had no plans to close any
 * schools" / "Callowell Unified School District plans to close Linden Elementary"). Short of a near copy, the two must
 * share the act, as a verb on both sides, done by one named doer. Subjects of their own (a port, a ferry line).
 */
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';

const label = (a: string, b: string) => relate({ text: a }, { text: b }).label;
/** The label with the near-copy negation rule out of reach, so the negated-act rule alone reads the pair. */
const actLabel = (a: string, b: string) => relate({ text: a }, { text: b }, { thresholds: { duplicate: 0.99 } }).label;

describe('a negated act against the act stated', () => {
  it('"said it had not paid a fine" disputes "paid a fine of …", either way round', () => {
    const neg = 'Harrow Port Authority, which runs the docks, said it had not paid a fine and had no plans to pay one.';
    const plain = 'Harrow Port Authority paid a fine of about $2 million to the regulator last month, according to two officials.';
    expect(label(neg, plain)).toBe('disputes');
    expect(label(plain, neg)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }).evidence.negation).toBe(true);
  });

  it('"no plans to close any terminals" disputes "plans to close the north terminal"', () => {
    expect(label('The ferry line had no plans to close any terminals to pay for the new boats, she said.', 'The Greyhaven Ferry Line plans to close its north terminal next year to pay for the new boats, a memo shows.')).toBe('disputes');
  });

  it('a statement that then reports the denial states the act ("…, even as the authority said it would not pay")', () => {
    const page = 'Harrow Port Authority said it had not paid a fine and had no plans to pay one.';
    const claim = 'Harrow Port Authority paid a fine of about $2 million to the regulator, according to two officials, even as the authority said publicly that it would not pay.';
    expect(label(page, claim)).toBe('disputes');
  });

  it('a statement with a negation of its own joined after it states the act ("…, and it has never withdrawn it"; session 53)', () => {
    const page = 'The River Trust did not object to the marina, and the harbour board said the risk to seals was small.';
    const claim = 'The River Trust lodged a formal objection to the marina on 2 June, citing the seal colony at Wreck Point, and it has never withdrawn it.';
    expect(actLabel(page, claim)).toBe('disputes');
    expect(actLabel(claim, page)).toBe('disputes');
    expect(relate({ text: page }, { text: claim }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
    // the joined negation denies what the other side says: no statement of it is left
    expect(actLabel(page, 'The River Trust lodged a formal objection to the marina on 2 June, but it did not object to the new slipway.')).not.toBe('disputes');
    // the act itself negated before the join: nothing stated
    expect(actLabel(page, 'The River Trust did not lodge any objection to the marina, and it has never withdrawn its support.')).not.toBe('disputes');
  });

  it('an act before "to" and a noun phrase is stated ("objected to the increase"); before "to" and a verb it is not (session 53)', () => {
    const neg = 'The River Trust did not object to the marina when it was announced.';
    expect(actLabel(neg, 'The River Trust objected to the marina in a letter on 2 June.')).toBe('disputes');
    expect(relate({ text: neg }, { text: 'The River Trust objected to the marina in a letter on 2 June.' }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
    // "set to" a verb leads into another act: nothing stated
    expect(actLabel('The River Trust has not objected to the marina.', 'The River Trust is set to object to the marina next week.')).not.toBe('disputes');
  });

  it('the act as a noun after a possessive, a name after "to" before the act, or a negation since a date is no act denied (FNC-1 train pages, session 43)', () => {
    // calling for someone's arrest says nothing of whether he was arrested
    expect(actLabel('Harbour pilot Rhoda Okafor, a veteran of the port, has not been arrested or charged with any offence.', "Dock workers, who called for Ms Okafor's arrest and the removal of the port's managers, marched to the harbour office.")).not.toBe('disputes');
    // an aide to the harbour master, not the harbour master, was suspended
    expect(actLabel('An aide to Eli Quill was also suspended by the port authority.', 'Harbour master Eli Quill has not been suspended, as had been claimed.')).not.toBe('disputes');
    // seen before the date he has not been seen since
    expect(actLabel('Even if the port denies he is ill, Quill has not been seen by his crews since 3 May.', 'Quill was seen limping on the quay in April.')).not.toBe('disputes');
    // without those, the act is denied
    expect(actLabel('Harbour pilot Rhoda Okafor has not been arrested or charged with any offence.', 'Harbour pilot Rhoda Okafor was arrested at her home on Monday, police said.')).toBe('disputes');
  });

  it('a near copy that negates one doer\'s act on one thing is read as that act (a story item may dispute by it); a reversal is not', () => {
    const r = relate({ text: 'Harbour pilot Rhoda Okafor has not been arrested or charged with any offence.' }, { text: 'Harbour pilot Rhoda Okafor was arrested at her home on Monday, police said.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.act).toEqual({ a: 'not been arrested or charged', b: 'arrested', oneDoer: true });
    // later news that reverses ("after all") is a near copy's dispute, not one doer's act denied
    const later = relate({ text: 'Ilse Moro will not run the island route after all, the Greyhaven Ferry Line said.' }, { text: 'Moro, a former navy officer who has sailed the strait for twenty years, will run the island route for the Greyhaven Ferry Line from May, a spokesman said.' });
    expect(later.label).toBe('disputes');
    expect(later.evidence.act).toEqual({ a: 'not run the island route', b: 'run the island route' });
  });

  it('a negation of how long is no act denied, near copy or not ("was not open for a few days" / "was open for 11 days")', () => {
    expect(label('The ferry office was not open for a few days, the union said.', 'The ferry office was open for 11 days, the union said.')).not.toBe('disputes');
    expect(label('The ferry office was not open for two weeks.', 'According to the port, the ferry office was open for 11 days.')).not.toBe('disputes');
    // without the span, the act is denied
    expect(label('The ferry office was not open on Monday, the union said.', 'The ferry office was open on Monday, the union said.')).toBe('disputes');
  });

  it('an apposition names the doer where no name opens the sentence; an arrest "on suspicion of" a crime is stated (session 43, a held-out coach crash)', () => {
    const neg = 'The skipper, a 52-year-old woman from Harrow, has not been arrested, the coastguard said.';
    const r = relate({ text: 'A 52-year-old woman was arrested on the quay on suspicion of piloting while drunk and later released under investigation, police said.' }, { text: neg });
    expect(r.label).toBe('disputes');
    expect(r.evidence.act?.oneDoer).toBe(true);
    // another person of the apposition is another doer
    expect(relate({ text: 'A 19-year-old deckhand was arrested on the quay on suspicion of theft, police said.' }, { text: neg }).evidence.act?.oneDoer).toBeUndefined();
    // a suspicion before the act still relays it
    expect(relate({ text: 'Police are investigating whether a 52-year-old woman was arrested on the quay by mistake.' }, { text: neg }).evidence.act?.oneDoer).toBeUndefined();
  });

  it('another doer of the act, or the act as a noun, is no dispute', () => {
    const neg = 'The ferry line had no plans to close any terminals to pay for the new boats, she said.';
    // the storm closed them, not the ferry line
    expect(label(neg, 'The storm closed all four of the ferry line terminals on Monday.')).not.toBe('disputes');
    // "no terminal would close" negates a terminal, and the other text does not close one
    expect(label('Keane said no terminal would close as a result of the deal with the ferry line.', 'The ferry line reached a deal with the union on Monday after the terminal strike.')).not.toBe('disputes');
    // one's name, not the one, disappeared
    expect(label("However, Rennick's name has not disappeared from the ferry line's posters.", 'There was a time when Rennick disappeared from official ferry line events for over ten days, a spokesman said.')).not.toBe('disputes');
  });

  it('a contracted negation reads as one ("didn\'t pay")', () => {
    expect(label('Harrow Port Authority said it didn\'t pay a fine to the regulator.', 'Harrow Port Authority paid a fine of about $2 million to the regulator last month, according to two officials.')).toBe('disputes');
  });

  it('a short statement of the act, with a name the two key differently ("Tuttle conceded" / "Marcus Tuttle … had not conceded")', () => {
    expect(label('Okafor conceded on Tuesday night.', 'Rhoda Okafor said on Wednesday that she had not conceded the harbour board race and would ask for a second count, a day after the port announced the result.')).toBe('disputes');
  });

  // The pairs below also read as near copies (the older rule of one negation, which FNC-1 readers mostly agree with);
  // actLabel puts that rule out of reach to show what the negated-act rule alone does.
  it('later news that reverses ("after all", "no longer") is a change on the timeline, not a dispute', () => {
    expect(actLabel('Ilse Moro will not run the island route after all, the Greyhaven Ferry Line said.', 'Moro, a former navy officer who has sailed the strait for twenty years, will run the island route for the Greyhaven Ferry Line from May, a spokesman said.')).not.toBe('disputes');
    // without "after all" the rule reads it
    expect(actLabel('Ilse Moro will not run the island route, the Greyhaven Ferry Line said.', 'Moro, a former navy officer who has sailed the strait for twenty years, will run the island route for the Greyhaven Ferry Line from May, its chief executive said.')).toBe('disputes');
  });

  it('a negation over a span of time, quoted words, a restriction and a superlative\'s "ever" state no act against the other', () => {
    // when he was last seen, said two ways
    expect(actLabel('Harbour master Eli Quill had not been seen in public in about a month, local papers noted.', 'The last time Quill was seen in public was at the regatta on 3 May, when he handed out the prizes to the junior crews.')).not.toBe('disputes');
    // the costliest boat it has ever bought, against a boat it never bought abroad
    expect(actLabel('The Greyhaven Ferry Line has never bought a boat from abroad, Keane said.', 'At $40 million, the new ferry is the most expensive boat the Greyhaven Ferry Line has ever bought, and its first from a yard abroad.')).not.toBe('disputes');
    // she told him only once the papers knew: not a dispute of "did not tell him"
    expect(actLabel('Moro said she did not tell Keane about the failed inspection, but has written to him since.', 'Moro says she only told Keane about the inspection once the papers were about to run the story.')).not.toBe('disputes');
  });

  it('who it happened to is the head of the name ("the deputy of Quill was suspended" / "Quill has not been suspended")', () => {
    expect(actLabel('Harbour master Eli Quill has not been suspended, the port authority said.', 'The deputy of harbour master Eli Quill was suspended by the port authority on Monday after a pilot boat ran aground in fog.')).not.toBe('disputes');
  });

  it('another thing done is no dispute ("not naming the contractor" / "named the skipper")', () => {
    expect(actLabel('The Harrow Port Authority is not naming the contractor while the inquiry goes on.', 'The Harrow Port Authority named Ilse Moro as the skipper of the pilot boat on Monday.')).not.toBe('disputes');
  });

  it('an early belief is no plain statement of the act ("believed to have paid")', () => {
    expect(actLabel('Harrow Port Authority said it had not paid a fine to the regulator.', 'Harrow Port Authority is believed to have paid a fine of about $2 million to the regulator last month, two officials said.')).not.toBe('disputes');
  });

  it('the second half of a compound is no act ("a parcel-scanning machine" / "the parcels had not been scanned")', () => {
    const test = 'A test on Tuesday showed that a parcel-scanning machine at the Harrow depot, which the union had said was faulty, was working properly.';
    expect(label(test, 'A sealed crate holding 300 parcels from the Harrow depot was found in a storage room on Monday, and the parcels had not been scanned on Sunday night, according to an internal report.')).not.toBe('disputes');
  });

  it('another person of one surname, a noun sharing the act\'s stem, or a word after "to" is no act denied', () => {
    // two people named Okafor
    expect(actLabel('Harbour pilot Rhoda Okafor was found injured on the quay at Harrow on Sunday night.', 'Dele Okafor is not injured.')).not.toBe('disputes');
    // "not authorized" is not "the port authorities"
    expect(actLabel('Harrow port authorities say they think the crane driver is among the injured.', 'The official, speaking on condition of anonymity since he was not authorized to speak to the press, said the crane driver "might have been injured".')).not.toBe('disputes');
    // the act denied is "go", not "harbour"
    expect(actLabel('Ferries go to Harrow harbour again from Monday, the line said.', 'The line said that its largest ferries cannot go to Harrow harbour at low tide.')).not.toBe('disputes');
  });

  it('an act said of another place ("where …") or a word leading into another verb ("set to launch") is no act denied', () => {
    expect(actLabel('Night loading may spread to Brackwater, where the Harrow Port Authority has not yet approved night loading for the cranes.', 'The Harrow Port Authority approved night loading for the cranes at its main quay on Monday.')).not.toBe('disputes');
    expect(actLabel('With the Greyhaven Ferry Line set to launch its island route, rivals expect a fare war.', 'The Greyhaven Ferry Line has not yet set a date for its island route, Keane said.')).not.toBe('disputes');
  });

  it('a near copy that negates quotes the act both sides write, not the time after it', () => {
    const r = relate({ text: 'Harbour master Eli Quill is not injured.' }, { text: 'Harbour master Eli Quill was found injured today on the quay.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.act).toEqual({ a: 'not injured', b: 'injured', oneDoer: true });
  });
});

describe('"no" before the doer denies its act (session 25: "No trains crossed the viaduct" / "two passenger trains crossed the viaduct")', () => {
  it('"No ferries sailed …" disputes "two ferries sailed …" of the same crossing, and the reason quotes both acts', () => {
    const neg = 'No ferries sailed from Harlow after the storm warning was issued, the operator said.';
    const plain = 'Harbour logs show that two ferries sailed from Harlow on Tuesday night, after the coast guard had reported the storm warning to the operator.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: 'No ferries sailed', b: 'sailed', oneDoer: true });
  });

  it('not another doer, a span of time, a relayed report before the act, or an act of another thing', () => {
    const neg = 'No ferries sailed from Harlow after the storm warning was issued, the operator said.';
    expect(actLabel(neg, 'Two fishing boats sailed from Harlow on Tuesday night despite the storm warning.')).not.toBe('disputes');
    expect(actLabel('No ferries have sailed from Harlow in two years, the operator said.', 'Two ferries sailed from Harlow on Tuesday, the operator said.')).not.toBe('disputes');
    expect(actLabel(neg, 'Rumours spread that two ferries sailed from Harlow after the storm warning.')).not.toBe('disputes');
    expect(actLabel(neg, 'Two ferries sailed into Brell harbour on Tuesday after the storm warning.')).not.toBe('disputes');
  });

  it('reads a sentence ending in "no" (no word after it to deny)', () => {
    expect(actLabel('Asked whether ferries sailed from Harlow after the warning, the operator said no', 'Two ferries sailed from Harlow after the warning.')).not.toBe('disputes');
  });
});

describe('"no" before a noun and a passive denies what was done to it (session 39: "No patients were treated in corridors")', () => {
  it('"No pupils were sent home" disputes "pupils were sent home from Hartley Primary"; the act is the reason', () => {
    const neg = 'No pupils were sent home from Hartley Primary on Monday, the council said.';
    const plain = 'Parents said pupils were sent home from Hartley Primary on Monday after the heating failed.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: 'No pupils were sent home', b: 'sent home', oneDoer: true });
    const none = 'No homes have been destroyed in Penmoor, the fire service said.';
    expect(relate({ text: none }, { text: 'Three homes have been destroyed in Penmoor, residents said.' }, { thresholds: { duplicate: 0.99 } }).label).toBe('disputes');
  });

  it('not a passive of another act, nor a noun "no" qualifies that takes no passive', () => {
    expect(actLabel('No pupils were sent home from Hartley Primary on Monday.', 'Pupils were kept indoors at Hartley Primary on Monday.')).not.toBe('disputes');
    expect(actLabel('No decision was expected on Monday, the council said.', 'The council decided on Monday to close Hartley Primary.')).not.toBe('disputes');
  });
});

describe('"no" before the doer of "had to" denies what they had to do (session 26: "No passengers had to spend the night at the airport")', () => {
  it('"No travellers had to sleep at the terminal" disputes "about 200 travellers slept at the terminal"', () => {
    const neg = 'No travellers had to sleep at the Brell ferry terminal, the operator said.';
    const plain = 'About 200 travellers slept at the Brell ferry terminal on Saturday night, waiting for the morning sailing.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: 'No travellers had to sleep', b: 'slept', oneDoer: true });
  });

  it('not what others did, nor what none had to do against what is only planned', () => {
    const neg = 'No travellers had to sleep at the Brell ferry terminal, the operator said.';
    expect(actLabel(neg, 'About 200 crew members slept at the Brell ferry terminal on Saturday night.')).not.toBe('disputes');
    expect(actLabel(neg, 'Travellers may have to sleep at the Brell ferry terminal if the storm returns.')).not.toBe('disputes');
  });
});

describe('"the company" stands for the organisation the other side names as the doer (session 39, a held-out data leak)', () => {
  it('"Norland will not appeal the fine" disputes "its chief executive said the company would appeal the fine"', () => {
    const neg = 'Norland will not appeal the fine, its finance director told analysts on Monday.';
    const plain = 'Chief executive Ada Brenner said the company would appeal the fine.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: 'not appeal the fine', b: 'appeal the fine', oneDoer: true });
  });

  it('not a statement a subordinate clause reports, nor a person for "the company", nor a condition', () => {
    // "after X said that … would play": the sentence says he dropped out
    expect(actLabel('Brenner will not be playing the lead in the film, the studio said.', 'Less than two weeks after the director said that Brenner would be playing the lead in the film, Brenner has dropped out.')).not.toBe('disputes');
    expect(actLabel('Norland will not appeal the fine.', 'Chief executive Ada Brenner said the company would appeal the fine if the court allowed it.')).not.toBe('disputes');
  });
});

describe('an act said by a verb and its noun, by a named doer in apposition (session 47, a held-out regulator story)', () => {
  it('"opened an investigation into Norland" disputes "the regulator, the Harbour Board, said it was not investigating the company"', () => {
    const neg = 'The regulator, the Harbour Board, said it had approved the new berths, and that it was not investigating the company.';
    const plain = 'The Harbour Board opened a formal investigation into Norland Shipping’s safety record on 4 May, according to a letter seen by the Gazette.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: "not investigating the company", b: "opened a formal investigation into Norland Shipping’s safety", oneDoer: true });
    // the verb itself is an act done, not a relayed suspicion ("investigating reports that …")
    expect(actLabel(neg, 'The Harbour Board investigated Norland Shipping on 4 May.')).toBe('disputes');
  });

  it('"has not lodged an appeal" disputes "appealed the ruling"; an investigation of something else, or by someone else, does not', () => {
    expect(actLabel('Norland Shipping has not lodged an appeal against the ruling, its lawyers said.', 'Norland Shipping appealed the ruling on Friday, court papers show.')).toBe('disputes');
    // an objection lodged is an objection made; "the scheme" and "the plans" are both the story's thing
    expect(actLabel('The Harbour Board did not object to the plans, the council said.', 'The Harbour Board lodged a formal objection to the scheme on 14 May.')).toBe('disputes');
    const neg = 'The Harbour Board said it was not investigating Norland Shipping.';
    expect(actLabel(neg, 'Police opened an investigation into Norland Shipping on Monday.')).not.toBe('disputes');
    expect(actLabel(neg, 'The Harbour Board opened an investigation into the collapse of the Brell pier on Monday.')).not.toBe('disputes');
  });
});

describe('a denial in the passive names the thing done, not the doer (session 49, a held-out outbreak subject)', () => {
  const neg = 'Swimming has not been banned, but the council has asked people to keep out of the water unless they must go in.';
  it('"Swimming has not been banned" is disputed by "The council banned all swimming in the lake"', () => {
    const plain = 'The council banned all swimming in the lake from noon on Saturday, a day after the first samples came back.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(actLabel(plain, neg)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act).toEqual({ a: 'not been banned', b: 'banned all swimming', oneDoer: true });
  });
  it('not by a ban of something else, a ban only reported, or another passive', () => {
    expect(actLabel(neg, 'The council banned all fishing in the lake from noon on Saturday.')).not.toBe('disputes');
    expect(actLabel(neg, 'Residents claimed that the council banned all swimming in the lake.')).not.toBe('disputes');
    // both in the passive: the subjects must be one (the rule for one doer), not the one side's subject the other's object
    expect(actLabel(neg, 'Boating was banned by the council, which has asked people to keep out of the water.')).not.toBe('disputes');
  });
});

describe('an appeal said by its noun wherever it stands (session 49, a held-out toll ruling)', () => {
  const neg = 'Harrow Ferries said it would not appeal against the ruling.';
  it('"lodged an appeal with the Court of Appeal" disputes "would not appeal": the court\'s name after the act is not the act', () => {
    expect(actLabel(neg, 'Harrow Ferries lodged an appeal with the Court of Appeal on 18 March.')).toBe('disputes');
  });
  it('"lodged an application for permission to appeal" is an appeal lodged; an application for something else is not', () => {
    const plain = 'Harrow Ferries lodged an application for permission to appeal with the Court of Appeal on 18 March, a week after it said it accepted the judgment.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
    expect(actLabel(neg, 'Harrow Ferries lodged an application for a licence to run the crossing on 18 March.')).not.toBe('disputes');
    // another doer's appeal
    expect(actLabel(neg, 'The passengers\' association lodged an application for permission to appeal on 18 March.')).not.toBe('disputes');
  });
});

describe('a vote that does the act (session 49, a held-out port strike)', () => {
  const neg = 'The Hospital Nurses\' Union has not accepted the health board\'s pay offer.';
  it('"Members of the union voted to accept the offer" dispute "the union has not accepted the offer"', () => {
    const plain = 'Members of the Hospital Nurses\' Union voted to accept the pay offer at a meeting on Tuesday, after two days of talks.';
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: neg }, { text: plain }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
  });
  it('not a vote to do an act that comes later, nor another body\'s vote', () => {
    expect(actLabel('The Hospital Nurses\' Union has not paid the fees of the health board\'s lawyers.', 'Members of the Hospital Nurses\' Union voted to pay the fees of the health board\'s lawyers on Tuesday.')).not.toBe('disputes');
    expect(actLabel(neg, 'Members of the health board voted to accept the union\'s counter-offer on Tuesday.')).not.toBe('disputes');
  });
});

describe('a sentence opening on "He" or "She" stands for the person the other side names (session 54)', () => {
  it('"She resigned her seat" against "Okafor had not resigned her seat", either way round', () => {
    const plain = 'She resigned her seat on the harbour board on Tuesday evening, a few hours after the report was published.';
    const neg = 'Okafor had not resigned her seat on the harbour board by Wednesday morning, a board spokesman said.';
    expect(actLabel(plain, neg)).toBe('disputes');
    expect(actLabel(neg, plain)).toBe('disputes');
    expect(relate({ text: plain }, { text: neg }).evidence.act).toMatchObject({ oneDoer: true });
  });

  it('two pronouns, a pronoun inside the sentence, or another act are no one doer', () => {
    expect(actLabel('She resigned her seat on the harbour board on Tuesday.', 'He had not resigned his seat on the harbour board by Wednesday.')).not.toBe('disputes');
    // "she" not opening the sentence may be anyone the sentence names
    expect(actLabel('The chair said on Tuesday that she resigned her seat on the harbour board.', 'Okafor had not resigned her seat on the harbour board by Wednesday.')).not.toBe('disputes');
    expect(actLabel('She left the harbour board meeting early on Tuesday.', 'Okafor had not resigned her seat on the harbour board by Wednesday.')).not.toBe('disputes');
  });
});

describe('a present-perfect negation is of lately: an act of a year it never names is of another time (session 54)', () => {
  it('"has not raced at Harlow" against "raced at Harlow in 2019" is no dispute; the same year or none is', () => {
    const neg = 'Okafor has not raced at the Harlow circuit, her team said.';
    expect(actLabel(neg, 'Okafor raced at the Harlow circuit in 2019, finishing fourth.')).not.toBe('disputes');
    expect(actLabel(neg, 'Okafor raced at the Harlow circuit on Sunday, finishing fourth.')).toBe('disputes');
  });
});

describe('a deferred negation ("would not … until") said no earlier than the act stated done (session 56)', () => {
  const done = 'The Rail Safety Authority has opened an investigation into the derailment, a spokeswoman for the authority said.';
  const deferred = 'The Rail Safety Authority said it would not open a formal investigation until Northline Freight had sent its own report on the crash.';
  const dated = (a: string, b: string, dates?: { a: string; b: string }) => relate({ text: a }, { text: b }, { thresholds: { duplicate: 0.99 }, dates }).label;

  it('disputes "has opened an investigation" of the day before, either way round', () => {
    expect(dated(done, deferred, { a: '2031-03-04', b: '2031-03-05' })).toBe('disputes');
    expect(dated(deferred, done, { a: '2031-03-05', b: '2031-03-04' })).toBe('disputes');
    expect(relate({ text: done }, { text: deferred }, { thresholds: { duplicate: 0.99 }, dates: { a: '2031-03-04', b: '2031-03-04' } }).evidence.act).toMatchObject({ oneDoer: true });
  });

  it('undated, or said before the act was reported done, or against an act still to come, it disputes nothing', () => {
    expect(dated(done, deferred)).not.toBe('disputes');
    expect(dated(done, deferred, { a: '2031-03-06', b: '2031-03-05' })).not.toBe('disputes');
    expect(dated('The Rail Safety Authority will open an investigation into the derailment next week, a spokeswoman said.', deferred, { a: '2031-03-04', b: '2031-03-05' })).not.toBe('disputes');
    // a hedged negation stays no denial
    expect(dated(done, 'The Rail Safety Authority said it might not open a formal investigation until Northline Freight had reported.', { a: '2031-03-04', b: '2031-03-05' })).not.toBe('disputes');
  });
});

describe('a message sent to do an act is its sender\'s act (session 57)', () => {
  const page = 'The Fenmoor Rail Users\' Association did not complain about the timetable change when it was announced.';
  it('"wrote to the operator on 4 May to complain about" disputes "did not complain about", of one doer, either way round', () => {
    const claim = 'The Fenmoor Rail Users\' Association wrote to the operator on 4 May 2031 to complain about the timetable change, emails released under freedom of information show.';
    expect(actLabel(page, claim)).toBe('disputes');
    expect(actLabel(claim, page)).toBe('disputes');
    expect(relate({ text: page }, { text: claim }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
  });
  it('one told, asked or urged to do it is who is to act: no statement of the doer\'s act', () => {
    expect(relate({ text: page }, { text: 'Passengers told the Fenmoor Rail Users\' Association on 4 May to complain about the timetable change.' }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBeUndefined();
    expect(relate({ text: page }, { text: 'A councillor urged the Fenmoor Rail Users\' Association in a letter on 4 May to complain about the timetable change.' }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBeUndefined();
  });
});

describe('a permission denied denies the act permitted (session 57)', () => {
  const plan = 'The Fenmoor Show will return to Garrow Park in 2032, its organisers said.';
  it('"would not allow the Fenmoor Show to return" disputes "will return", one doer, either way round', () => {
    const refusal = 'The Garrow Estate, which owns the park, said it would not allow the Fenmoor Show to return to Garrow Park in 2032.';
    expect(actLabel(plan, refusal)).toBe('disputes');
    expect(actLabel(refusal, plan)).toBe('disputes');
    expect(relate({ text: plan }, { text: refusal }, { thresholds: { duplicate: 0.99 } }).evidence.act?.oneDoer).toBe(true);
  });
  it('a permission given, or another act denied beside it, denies nothing of the return', () => {
    expect(actLabel(plan, 'The Garrow Estate, which owns the park, said it would allow the Fenmoor Show to return to Garrow Park in 2032.')).not.toBe('disputes');
    expect(actLabel(plan, 'The Garrow Estate did not comment on whether the Fenmoor Show would return to Garrow Park in 2032.')).not.toBe('disputes');
  });
});

describe('a permission states no act done (session 57; FNC-1 train stories)', () => {
  it('"would allow the boats to sail" is no statement that they sailed, against "would not allow them to sail"', () => {
    expect(actLabel('The harbour board would not allow the Tarrow fishing boats to sail on Sunday, officials said.', 'On Monday the harbour board announced that it would allow the Tarrow fishing boats to sail again.')).not.toBe('disputes');
  });
});

describe('a duty is no act stated (session 58: a held-out sewage fine)', () => {
  it('"must inspect" is not denied by "had never been inspected"; "inspected" is', () => {
    const duty = 'Lift operators must inspect each lift every month and send the results to the council.';
    const never = 'The council found that two of the operator\'s lifts had never been inspected, so faults went unreported.';
    expect(actLabel(duty, never)).not.toBe('disputes');
    expect(actLabel(never, duty)).not.toBe('disputes');
    expect(actLabel('Harrow Lifts should pay the fine by March, the council said.', 'Harrow Lifts has not paid the fine, the council said.')).not.toBe('disputes');
  });
});

describe('an act done inside a negated span (session 61, a held-out hospital outage: "has not passed … since December")', () => {
  const never = { text: 'The pump has not passed a full pressure test since November, according to the maintenance logs.' };
  const dated = (text: string, a: string, b: string) => relate({ text }, never, { dates: { a, b } });

  it('a test passed after the span began denies it', () => {
    const r = dated('The water board said the pump had passed its most recent pressure test, on Jan. 14.', '2031-02-02', '2031-02-03');
    expect(r.label).toBe('disputes');
    expect(r.evidence.act?.oneDoer).toBe(true);
  });

  it('one passed on the day the span began, or undated sides, do not', () => {
    expect(dated('The water board said the pump had passed its most recent pressure test, in November.', '2031-02-02', '2031-02-03').label).not.toBe('disputes');
    expect(relate({ text: 'The water board said the pump had passed its most recent pressure test, on Jan. 14.' }, never).label).not.toBe('disputes');
  });
});

describe('a passive "never" of a name against the act done to it (session 62, a held-out billing error: "had never been fined")', () => {
  const never = 'Brellco said it had never been prosecuted by the regulator.';
  const done = 'The Environment Agency prosecuted Brellco in 2029 over a sewage spill into the river.';
  const dated = (a: string, b: string, da: string, db: string) => relate({ text: a }, { text: b }, { dates: { a: da, b: db } });

  it('an act placed before the "never" was said disputes it, either way round', () => {
    const r = dated(never, done, '2031-05-02', '2031-05-09');
    expect(r.label).toBe('disputes');
    expect(r.evidence.act?.never).toBe(true);
    expect(dated(done, never, '2031-05-09', '2031-05-02').label).toBe('disputes');
  });

  it('an undated act said no later than the "never" disputes it; one said after, or of a later year, does not', () => {
    const undated = 'The Environment Agency prosecuted Brellco over a sewage spill into the river.';
    expect(dated(never, undated, '2031-05-02', '2031-04-20').label).toBe('disputes');
    expect(dated(never, undated, '2031-05-02', '2031-06-20').label).not.toBe('disputes');
    expect(dated(never, 'The Environment Agency prosecuted Brellco in 2032 over a sewage spill into the river.', '2031-05-02', '2032-06-20').label).not.toBe('disputes');
  });

  it('needs the name as what the act was done to, and a date for the "never"', () => {
    expect(dated(never, 'The Environment Agency prosecuted Dunmere in 2029 over a sewage spill into the river.', '2031-05-02', '2031-05-09').label).not.toBe('disputes');
    expect(relate({ text: never }, { text: done }).label).not.toBe('disputes');
  });
});
