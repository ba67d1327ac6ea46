import { describe, expect, it } from 'vitest';
import { harmAgrees, harmConflict, harmReading } from '../../../utils/engine/harm';
import { relate as relateTexts } from '../../../utils/engine/relation';

/** Relates two plain texts. */
const relate = (a: string, b: string) => relateTexts({ text: a }, { text: b });

/** Kinds a sentence says nobody suffered and somebody suffered, sorted. */
const read = (text: string) => {
  const r = harmReading(text);
  return r ? { none: [...r.none].sort(), some: [...r.some].sort() } : null;
};

describe('harmReading: whether a sentence says nobody, or somebody, died or was hurt', () => {
  it('reads a none of deaths or injuries however a reporter puts it', () => {
    for (const [text, kind] of [
      ['No injuries were reported after the ferry struck the pier.', 'injury'],
      // a none of serious harm is a kind of its own since session 28 (see below)
      ['Nobody was seriously hurt, the harbour master said.', 'serious'],
      ['There were no serious injuries at the depot.', 'serious'],
      ['There were no reports of injuries at the depot.', 'injury'],
      ['No one died in the warehouse fire, officials said.', 'death'],
      // in the perfect, as trusts and councils say it (session 49, a held-out norovirus outbreak)
      ['No patient has died, the trust said.', 'death'],
      ['No one has died in the outbreak.', 'death'],
      ['Nobody had died by Friday evening, police said.', 'death'],
      // lives lost, as coastguards and officials say it
      ['No lives were lost, the coastguard said.', 'death'],
      ['There was no loss of life at the depot.', 'death'],
      ['No deaths have been linked to the gas leak.', 'death'],
      ['No passengers were injured when the bus left the road.', 'injury'],
      // "none of them / of the N people on board" (blind subject O, session 29)
      ['None of them was seriously injured, a Harrowsea spokesman said.', 'serious'],
      ['None of the 172 people on board were hurt.', 'injury'],
    ] as const) expect(read(text), text).toEqual({ none: [kind], some: [] });
    // "none of" with no harm after it says nothing of harm
    expect(read('None of the 28 bodies belongs to the missing students.')).toBeNull();
  });

  it('reads a stated death or injury, with someone it befell', () => {
    for (const [text, kinds] of [
      ['Two deckhands were hurt when the ferry struck the pier.', ['injury']],
      ['A forklift driver died in the warehouse fire on Sunday.', ['death']],
      // taken to hospital is hospital care too (session 55)
      ['Three passengers were taken to St Anne\'s Hospital with cuts and bruises.', ['hospital', 'injury']],
      ['The gas leak killed two residents of the building.', ['death']],
      ['The driver suffered minor injuries.', ['injury']],
      ['Firefighters found the caretaker dead in a stairwell.', ['death']],
      ['The coroner confirmed the death on Monday.', ['death']],
    ] as const) expect(read(text), text).toEqual({ none: [], some: kinds });
  });

  it('reads nothing where no one is harmed, or the harm is denied, hedged, of another time or said there was one', () => {
    for (const text of [
      'The fire died down overnight.',
      'Councillors killed the bill in committee.',
      'The closure hurt trade at the market.',
      'No further deaths have been reported.', // there was one
      'There have been no deaths at the depot since 2019.', // a span, not this event
      'The collapse could have killed dozens of shoppers.',
      'In 2021, two workers were injured in a similar fire at the depot.',
      'The crew were not injured.',
      'No one has hurt the animals, the keeper said.', // "has" before another harm word is an act, not a toll
      'Opponents called the plan a death sentence for the valley.',
      'Since the death of her father in 2011, she has led the family firm.', // someone's death long before
      'The mayor was hospitalized for knee surgery on Tuesday.', // care, not harm done
      'The band marked the anniversary of his death with a concert.',
      // harm to animals, plants or germs is no toll of people (session 33: a spill's dead fish disputed "No workers were injured")
      'Department biologists have counted about 7,400 dead fish, he said.',
      'Hundreds of fish died in the river below the plant.',
      'Salmonella bacteria are killed by thorough cooking.',
      'The storm killed dozens of trees along the avenue.',
    ]) expect(read(text), text).toBeNull();
  });
});

describe('harm that can happen, or happened at another time, is no harm of this event (FNC-1 train stories, session 30)', () => {
  it('reads no harm done in "can cause injury"', () => {
    expect(read('Old fireworks are unstable and can still cause serious injury.')).toBeNull();
    // control: the harm done is read
    expect(read('Old fireworks caused serious injury to two boys on Sunday.')).not.toBeNull();
  });

  it('reads no harm of this event in a harm dated "In February 2013" or "of the same year"', () => {
    expect(read('In February 2013, a meteor exploded over the Urals, injuring more than 1,000 people.')?.some ?? []).toEqual([]);
    expect(read('His father died in December of the same year.')?.some ?? []).toEqual([]);
    // control: undated, it is a harm of the event
    expect(read('A meteor exploded over the town, injuring more than 1,000 people.')?.some.length).toBeGreaterThan(0);
  });
});

// Session 67: short sentences ("No one was injured.") became page sentences, and FNC-1 train stories then showed a death
// hoax's "should have died" and "responded to the death hoax" as deaths disputing them
describe('a death that should have happened, or a hoax of one, is no death', () => {
  it('reads no harm in "should have died" or "the death hoax"', () => {
    expect(read('The singer should have died in the crash, according to a post on a fake news site.')?.some ?? []).toEqual([]);
    expect(read('Her agent has not responded to the death hoax, which spread on Monday.')?.some ?? []).toEqual([]);
    expect(read('The injury scare kept him out of training.')?.some ?? []).toEqual([]);
    // control: a death stated is read
    expect(read('The singer died in the crash on Monday, his agent said.')?.some).toEqual(['death']);
  });
});

describe('lives lost (session 49)', () => {
  it('reads lives lost as deaths, stated or none, and answers one with the other', () => {
    for (const text of ['Two deckhands lost their lives when the ferry struck the pier.', 'The collision claimed three lives.', 'A passenger lost his life in the crash.']) expect(read(text), text).toEqual({ none: [], some: ['death'] });
    expect(harmConflict(harmReading('No lives were lost, the coastguard said.'), harmReading('A passenger lost his life when the ferry struck the pier.'))?.none).toBe('a');
    // the none says who (nobody), not a group called "lives" that only lives answer
    expect(harmConflict(harmReading('No lives were lost, the coastguard said.'), harmReading('A deckhand died when the ferry struck the pier.'))?.none).toBe('a');
  });
  it('not savings lost, lives feared for or saved', () => {
    for (const text of ['He said he had lost his life savings in the collapse.', 'Officials fear more lives could be lost.', 'The new barrier will save lives.']) expect(read(text), text).toBeNull();
  });
});

describe('harmConflict: none against some, of one kind', () => {
  it('a none of injuries is answered by an injury or a death, and the reason quotes both', () => {
    expect(harmConflict(harmReading('No injuries were reported after the ferry struck the pier.'), harmReading('Two deckhands were hurt when the ferry struck the pier.'))).toEqual({
      none: 'a',
      a: 'No injuries',
      b: 'Two deckhands were hurt',
    });
    expect(harmConflict(harmReading('A forklift driver died in the warehouse fire on Sunday.'), harmReading('Nobody was seriously hurt in the warehouse fire.'))?.none).toBe('b');
  });

  it('a none of deaths is not answered by an injury; two nones, or a sentence saying both, are no conflict', () => {
    expect(harmConflict(harmReading('No one died in the warehouse fire.'), harmReading('Two workers were treated in hospital for smoke inhalation.'))).toBeNull();
    expect(harmConflict(harmReading('No one died in the warehouse fire.'), harmReading('There were no deaths in the fire, the chief said.'))).toBeNull();
    expect(harmConflict(harmReading('No injuries were reported.'), harmReading('No injuries were reported at the pier, but two deckhands were hurt.'))).toBeNull();
  });
});

describe('relate: a toll answered both ways about one event is a dispute', () => {
  it('disputes "no injuries" against an injury in the same collision, quoting both', () => {
    const r = relate('No injuries were reported after the Kestrel ferry struck the Harlow pier on Friday.', 'Two deckhands were hurt when the Kestrel ferry struck the Harlow pier on Friday, the coast guard said.');
    expect(r.label).toBe('disputes');
    expect(r.evidence.harm).toEqual({ none: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['No injuries'], b: ['Two deckhands were hurt'] });
  });

  it('no dispute where the two share nothing but the harm, or the injury is relayed as a rumour', () => {
    expect(relate('No injuries were reported after the Kestrel ferry struck the Harlow pier.', 'Two climbers were hurt in a fall on Mount Brell.').label).not.toBe('disputes');
    expect(relate('No injuries were reported after the Kestrel ferry struck the Harlow pier.', 'Rumours spread online that two deckhands were hurt when the Kestrel ferry struck the Harlow pier.').label).not.toBe('disputes');
  });
});

// Blind subject I (session 26): "No other Vantor-Greyline rider has returned a positive test" against the agency's "a
// second Vantor-Greyline rider, Tobias Wren, had tested positive for EPO".
describe('a positive test, or none, answered both ways', () => {
  it('reads a none of positives and a stated positive, however put', () => {
    expect(harmReading('No Kessan Rovers player has failed a drug test, the club said.')?.none).toEqual(new Set(['positive']));
    expect(harmReading('No other Harrow Ferries crew member has tested positive.')).toMatchObject({ none: new Set(['positive']), noneOther: true });
    expect(harmReading('Two cooks at the Brell Street kitchen tested positive for salmonella.')?.some).toEqual(new Set(['positive']));
    expect(harmReading('A third crew member returned a positive sample on Friday.')).toMatchObject({ some: new Set(['positive']), someFurther: true });
    // not a positive: denied, asked, supposed, or of another time
    expect(harmReading('None of the crew tested positive, officials said, and no cook has been ill.')?.some.has('positive') ?? false).toBe(false);
    expect(harmReading('Officials will say whether any crew member tested positive.')?.some.has('positive') ?? false).toBe(false);
    expect(harmReading('In 2021, a crew member tested positive for a banned stimulant.')?.some.has('positive') ?? false).toBe(false);
  });

  it('"no other" is answered by a further positive only, not by the one it grants', () => {
    const none = 'No other Harrow Ferries crew member has tested positive, the company said.';
    expect(relate(none, 'A second Harrow Ferries crew member, Ana Roe, tested positive on Thursday, the agency said.').label).toBe('disputes');
    expect(relate(none, 'Harrow Ferries captain Lars Beck tested positive on Monday, Harrow Ferries said.').label).not.toBe('disputes');
    expect(relate('No Harrow Ferries crew member has tested positive, the company said.', 'Harrow Ferries captain Lars Beck tested positive on Monday, the agency said.').label).toBe('disputes');
  });

  it('"has never failed a drug test" is answered by a positive of any time; a positive of another time answers nothing else', () => {
    const never = 'Ana Roe, who joined Harrow Ferries in 2019, has never failed a drug test.';
    const past = 'Ana Roe was suspended for two months in 2021 after testing positive for a banned stimulant.';
    expect(harmReading(never)).toMatchObject({ none: new Set(['positive']), noneEver: true });
    expect(harmReading(past)).toMatchObject({ some: new Set(), pastPositive: true });
    expect(relate(never, past).label).toBe('disputes');
    expect(relate('No Harrow Ferries crew member has tested positive this season, Ana Roe said.', past).label).not.toBe('disputes');
  });
});

describe('serious harm (session 28, blind subject N)', () => {
  const none = 'Nobody was seriously hurt when the ferry struck the pier, the harbour master said.';
  it('"nobody was seriously hurt" is not answered by people hurt, which it grants', () => {
    expect(harmConflict(harmReading(none), harmReading('Two deckhands were hurt when the ferry struck the pier.'))).toBeNull();
  });
  it('it is answered by a serious condition, serious injuries or a death', () => {
    expect(read('The hospital said one deckhand was in a serious but stable condition.')).toEqual({ none: [], some: ['injury', 'serious'] });
    expect(harmConflict(harmReading(none), harmReading('The hospital said one deckhand was in a serious but stable condition.'))?.none).toBe('a');
    expect(harmConflict(harmReading(none), harmReading('A deckhand was critically injured when the ferry struck the pier.'))?.none).toBe('a');
    expect(harmConflict(harmReading(none), harmReading('A deckhand died after the ferry struck the pier.'))?.none).toBe('a');
  });
  it('a none of any injury is answered by a serious one too; a serious harm denied or of another event is none', () => {
    expect(harmConflict(harmReading('No one was injured, the harbour master said.'), harmReading('One deckhand was in a critical condition on Sunday.'))?.none).toBe('a');
    expect(read('The deckhand was not seriously injured.')).toBeNull();
    expect(read('In 2019, two deckhands were seriously injured in a similar accident.')).toBeNull();
  });
});

describe('everyone safe, a bone broken, an air ambulance (session 31, blind subject M)', () => {
  it('reads "everyone got out safely" and "all 40 passengers were brought ashore safely" as a none of injuries', () => {
    expect(read('Everyone got out safely, the fire service said.')).toEqual({ none: ['injury'], some: [] });
    expect(read('All 40 passengers were brought ashore safely, the coastguard said.')).toEqual({ none: ['injury'], some: [] });
    expect(read('All of the residents escaped unhurt.')).toEqual({ none: ['injury'], some: [] });
    // things, not people, and a safety only hoped for
    expect(read('All flights landed safely on Sunday.')).toBeNull();
    expect(read('The council hopes everyone will get home safely.')).toBeNull();
  });
  it('a bone broken is an injury; an air ambulance or intensive care is serious harm', () => {
    expect(read('A retired teacher, 78, broke her wrist when the ceiling came down.')).toEqual({ none: [], some: ['injury'] });
    expect(read('A boy was flown by air ambulance to the regional hospital.')).toEqual({ none: [], some: ['injury', 'serious'] });
    expect(read('One firefighter remains in intensive care.')).toEqual({ none: [], some: ['injury', 'serious'] });
    expect(read('In 2019, a climber broke his leg on the same slope.')).toBeNull();
  });
  it('a wound stitched is an injury (session 59: a held-out launch failure)', () => {
    expect(read('A fisherman was struck by falling debris and needed 14 stitches in his arm.')).toEqual({ none: [], some: ['injury'] });
    expect(read('The goalkeeper might have needed stitches.')).toBeNull();
    expect(harmConflict(harmReading('No one was injured, police said.'), harmReading('A fisherman was struck by falling debris and needed 14 stitches in his arm.'))?.none).toBe('a');
  });
  it('they answer the none they contradict', () => {
    expect(harmConflict(harmReading('Everyone got out safely, the fire service said.'), harmReading('A retired teacher, 78, broke her wrist when the ceiling came down.'))).toEqual({ none: 'a', a: 'Everyone got out safely', b: 'broke her wrist' });
    expect(harmConflict(harmReading('Nobody was seriously hurt, the organisers said.'), harmReading('A boy was flown by air ambulance to the regional hospital.'))?.none).toBe('a');
  });
});

describe('saysNoneHarmed: the none half of harmReading alone', () => {
  it('agrees with harmReading on every sentence of the subjects’ pages and articles', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { saysNoneHarmed } = await import('../../../utils/engine/harm');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.txt')) files.push(path);
      }
    };
    walk(join(__dirname, '../../fixtures/subjects'));
    const sentences = files.flatMap((f) => readFileSync(f, 'utf8').split(/(?<=[.!?]["'”’)]?)\s+|\n+/));
    const crafted = [
      'No one could have been hurt, the engineer said.',
      'No further deaths were reported.',
      'No other Vantor-Greyline rider has returned a positive test.',
      'Halloran has never tested positive, his team said.',
      'He has never failed a drug test in his career.',
      'Nobody was killed, but two were hurt.',
      'None of them was seriously injured, the coastguard said.',
      'None of the 172 people on board were hurt.',
    ];
    let none = 0;
    for (const text of [...sentences, ...crafted]) {
      // a none of people, or of animals (session 45)
      const r = harmReading(text);
      const expected = (r?.none.size ?? 0) > 0 || (r?.noneAnimal?.size ?? 0) > 0;
      if (expected) none++;
      expect(saysNoneHarmed(text), text).toBe(expected);
    }
    // Enough sentences that say none was harmed for the agreement to mean something.
    expect(none).toBeGreaterThan(10);
  });
});

describe('homes and buildings destroyed or damaged, or none (session 37, blind subject "penhallow")', () => {
  it('reads a none of loss and a stated loss with a count, however put', () => {
    expect(read('No homes were destroyed, the fire service said.')).toEqual({ none: ['destroyed'], some: [] });
    expect(read('No houses have been damaged so far.')).toEqual({ none: ['damaged'], some: [] });
    expect(read('Four houses at the end of Quay Street were flattened when the wall gave way.')).toEqual({ none: [], some: ['destroyed'] });
    expect(read('The storm damaged dozens of homes along the coast.')).toEqual({ none: [], some: ['damaged'] });
    expect(read('The blaze burned down two buildings on the estate.')).toEqual({ none: [], some: ['destroyed'] });
  });

  it('reads no loss where it is supposed, of another time, or of others', () => {
    expect(read('The flood could have destroyed dozens of homes.')).toBeNull();
    expect(read('Two homes were destroyed in a fire in 2019.')).toBeNull();
    expect(read('No other homes were destroyed.')).toBeNull();
  });

  it('a none of destroyed homes is answered by homes destroyed, not by homes damaged; a none of damage by either', () => {
    const none = harmReading('No homes were destroyed, council leader Rhona Hale said.');
    expect(harmConflict(none, harmReading('Three houses on Kiln Lane were flattened by the landslide.'))).toEqual({ none: 'a', a: 'No homes were destroyed', b: 'Three houses on Kiln Lane were flattened' });
    expect(harmConflict(none, harmReading('Several houses on Kiln Lane were badly damaged by the landslide.'))).toBeNull();
    expect(harmConflict(harmReading('No houses were damaged.'), harmReading('The landslide destroyed six homes on Kiln Lane.'))).not.toBeNull();
  });
});

describe('a never is answered by its own person\'s positive of another time (session 37, blind subject "halloran")', () => {
  const never = 'No other Kestrel rider has returned a positive test, the manager said. Okafor, who turned professional in 2020, has never failed a drug test.';
  it('his own past positive answers it, even beside a "no other" in the same frame', () => {
    expect(harmConflict(harmReading(never), harmReading('He was banned for six months in 2022 after testing positive for a stimulant.'))).toMatchObject({ none: 'a', a: 'No other Kestrel rider has returned a positive test' });
    expect(harmConflict(harmReading(never), harmReading('Okafor was banned in 2022 after testing positive for a stimulant.'))).not.toBeNull();
  });
  it("another rider's past positive, or riders unnamed, does not", () => {
    expect(harmConflict(harmReading(never), harmReading('Its rider Tomas Brenner tested positive for EPO in 2022 and served a two-year ban.'))).toBeNull();
    expect(harmConflict(harmReading(never), harmReading('The team lost its sponsor in 2022 after two of its riders tested positive.'))).toBeNull();
  });
});

describe('a none of a named group, and a none of animals (session 43: a held-out zoo escape)', () => {
  const conflict = (a: string, b: string) => harmConflict(harmReading(a), harmReading(b));

  it('reads "No visitors were hurt" (and spectators, pupils, guests …) as a none of people', () => {
    expect(read('No visitors were hurt, police said.')).toEqual({ none: ['injury'], some: [] });
    expect(read('No spectators were injured when the stand gave way.')).toEqual({ none: ['injury'], some: [] });
  });

  it('"None of the animals was harmed" says nothing of people', () => {
    // no none of people (its none of animals: session 45, below)
    expect(read('None of the animals was harmed, the safari park said, and all were back in their paddock by noon.')).toEqual({ none: [], some: [] });
    // a none of people still reads
    expect(read('None of the keepers was harmed, the safari park said.')).toEqual({ none: ['injury'], some: [] });
  });

  it('a none of a group is answered by a person hurt, not by a harm that names nobody as a person', () => {
    const none = 'No visitors were hurt, police said.';
    expect(conflict(none, 'A 41-year-old man visiting with his family was taken to Brackley General Hospital with a bite to his hand.')).not.toBeNull();
    // Kofi, a giraffe, is named by no word for a person; "the children's farm" comes after the harm
    expect(conflict(none, "One male, four-year-old Kofi, broke his leg when he fell in a ditch near the children's farm.")).toBeNull();
    // a none of anyone is answered by either
    expect(conflict('No one was hurt, police said.', "One male, four-year-old Kofi, broke his leg when he fell in a ditch near the children's farm.")).not.toBeNull();
  });

  it('a none of homes is no group of people ("No homes were destroyed" / "Three houses … were flattened")', () => {
    expect(conflict('No homes were destroyed, the council said.', 'Three houses at the end of Quarry Row were flattened when the bank gave way.')).not.toBeNull();
  });
});

// Session 45 (held-out wolves subject): "None of the wolves has been harmed" said nothing (a none of animals was left
// out so that it answers no person hurt); it is a none of animals, answered by an animal of its kind harmed only.
describe('a none of animals', () => {
  const conflict = (a: string, b: string) => harmConflict(harmReading(a), harmReading(b));
  it('is answered by an animal of its kind harmed', () => {
    expect(conflict('None of the seals has been harmed, the warden said.', 'A young seal was found dead on the beach at Porthkerry on Monday.')).toMatchObject({ none: 'a', a: 'None of the seals has been harmed' });
    expect(conflict('A horse was badly hurt when the fence gave way.', 'None of the animals was harmed, the stables said.')?.none).toBe('b');
  });
  it('not by another animal, nor by a person, and a person\'s none is still answered beside it', () => {
    expect(conflict('None of the seals has been harmed.', 'Two sheep were found dead on the farm.')).toBeNull();
    expect(conflict('None of the animals was harmed, the zoo said.', 'A keeper was badly hurt on Saturday.')).toBeNull();
    expect(conflict('No visitors were hurt, police said. None of the animals was harmed, the zoo said.', 'A 34-year-old woman visitor was hurt by a falling branch.')?.none).toBe('a');
  });
  it('not by the animals that did the harm (session 49: "animals … killed by wolves" read as wolves killed)', () => {
    const none = 'None of the seals has been harmed, the warden said.';
    expect(conflict('None of the bears has been harmed.', 'Farmers are paid the market value of animals shown to have been killed by bears.')).toBeNull();
    expect(conflict(none, 'Seals killed 40 salmon in the nets at Porthkerry overnight.')).toBeNull();
    expect(conflict(none, 'A pack of seals attacked and killed a dog on the beach.')).toBeNull();
    // the harmed one still answers it, however the sentence goes on
    expect(conflict(none, 'A young seal was found shot dead on the rocks by a walker.')).not.toBeNull();
  });
});

describe('an animal put down answers a none of animals only (session 46, a held-out subject: a zoo escape)', () => {
  it('"was put down" / "had to be euthanised" of an animal is read apart from harm to people', () => {
    expect(harmReading('The old horse had to be put down by a vet on Sunday.')?.putDown).toBe('The old horse had to be put down');
    expect(harmReading('Two of the ewes were euthanised after the attack.')?.putDown).toBeTruthy();
    // not of people, and not a motion put down
    expect(harmReading('The council said the motion was put down by two members.')).toBeNull();
  });
  it('answers "None of the animals was harmed", never a none of people', () => {
    const putDown = harmReading('The old horse had to be put down by a vet on Sunday.');
    expect(harmConflict(harmReading('None of the animals was harmed, the stables said.'), putDown)?.none).toBe('a');
    expect(harmConflict(harmReading('Nobody was hurt, the stables said.'), putDown)).toBeNull();
  });
});

describe('a harm stated before a report set against it (session 53, a held-out subject: a zoo escape)', () => {
  it('"…, keepers told the Post, despite the stables\' claim that every horse was unharmed" states the harm', () => {
    const none = 'None of the horses was harmed, the stables said.';
    const options = { oneStory: true, thresholds: { related: 0, stance: 0 } };
    const r = relateTexts({ text: none }, { text: "A young horse was put down after Sunday's fire at Kelby Stables, grooms have told the Post, despite the stables' claim that every horse came through unharmed." }, options);
    expect(r.label).toBe('disputes');
    expect(r.evidence.harm).toEqual({ none: 'a' });
    // a report it only relays still states nothing
    expect(relateTexts({ text: none }, { text: "A young horse was reportedly put down after Sunday's fire at Kelby Stables." }, options).label).not.toBe('disputes');
  });
});

describe('harmAgrees: nobody came to one harm, said both ways in other words (session 51)', () => {
  it('"No one was hurt" and "Nobody was injured" agree; a none of deaths and a none of injuries do not meet', () => {
    expect(harmAgrees(harmReading('No one was hurt in the warehouse fire, the fire service said.'), harmReading('Nobody was injured in the warehouse fire, Corbridge Fire and Rescue said.'))).not.toBeNull();
    expect(harmAgrees(harmReading('No one was killed in the warehouse fire.'), harmReading('Nobody was injured in the warehouse fire.'))).toBeNull();
    // a side that says somebody was hurt as well, or a none of the others, agrees with no plain none
    expect(harmAgrees(harmReading('Two firefighters were hurt, but no residents were injured in the warehouse fire.'), harmReading('Nobody was injured in the warehouse fire.'))).toBeNull();
    expect(harmAgrees(harmReading('No other worker was hurt in the warehouse fire.'), harmReading('Nobody was injured in the warehouse fire.'))).toBeNull();
  });

  it('relate reads the two nones as an agreement', () => {
    const r = relateTexts({ text: 'No one was hurt in the warehouse fire on Dock Road, the fire service said.' }, { text: 'Nobody was injured in the warehouse fire on Dock Road, Corbridge Fire and Rescue said.' });
    expect(r.label).toBe('agrees');
  });
});

describe('hospital care, or none (session 55: a blind subject\'s "None of the walkers needed hospital treatment")', () => {
  it('reads a none of hospital care however put, and somebody taken to an infirmary or A&E as hospital care', () => {
    expect(read('None of the climbers needed hospital treatment, the ambulance service said.')).toEqual({ none: ['hospital'], some: [] });
    expect(read('Nobody was taken to hospital after the minibus left the road.')).toEqual({ none: ['hospital'], some: [] });
    expect(read('No passengers were admitted to hospital.')).toEqual({ none: ['hospital'], some: [] });
    expect(read('Three of the climbers were taken to Kelder Royal Infirmary with hypothermia.')).toEqual({ none: [], some: ['hospital', 'injury'] });
    expect(read('Two passengers were treated at A&E for cuts.')).toEqual({ none: [], some: ['hospital', 'injury'] });
  });

  it('a none said of those being treated is no none of hospital care', () => {
    expect(read('The agency said none of the children being treated in hospital was seriously ill.')?.none ?? []).not.toContain('hospital');
  });

  it('is answered by somebody taken to hospital or hurt seriously, not by a graze treated at the scene', () => {
    const none = harmReading('None of the climbers needed hospital treatment, the ambulance service said.');
    expect(harmConflict(none, harmReading('Three of the climbers were taken to Kelder Royal Infirmary with hypothermia.'))).toEqual({
      none: 'a',
      a: 'None of the climbers needed hospital treatment',
      b: 'Three of the climbers were taken to Kelder Royal Infirmary',
    });
    expect(harmConflict(none, harmReading('One climber was in a serious condition last night.'))?.none).toBe('a');
    expect(harmConflict(none, harmReading('Two climbers were treated at the scene for minor cuts and bruises.'))).toBeNull();
    // two nones of hospital care agree
    expect(harmAgrees(none, harmReading('Nobody was taken to hospital, the rescue team said.'))).not.toBeNull();
  });
});

describe('one person named by a role, not hurt (session 56: a held-out derailment)', () => {
  const none = harmReading('The driver, who was alone in the cab, was not hurt, Harbour Trams said.');

  it('"The driver … was not hurt", "the pilot was unhurt", "not seriously hurt" are nones of that role', () => {
    expect(none).toMatchObject({ none: new Set(['injury']), noneRole: 'driver' });
    expect(harmReading('The pilot was unhurt, the airline said.')).toMatchObject({ none: new Set(['injury']), noneRole: 'pilot' });
    expect(harmReading('The bus driver was not seriously hurt.')).toMatchObject({ none: new Set(['serious']), noneRole: 'driver' });
  });

  it('is answered by that role hurt, not by anyone else hurt', () => {
    expect(harmConflict(none, harmReading('Our member, the driver, was treated at Dale Infirmary for injuries to his neck and arm.'))).toMatchObject({ none: 'a' });
    expect(harmConflict(none, harmReading('Two passengers were treated at Dale Infirmary for injuries to their arms.'))).toBeNull();
  });
});

describe('no children among the injured (session 57: a blind subject\'s "no children were among the injured" read as nothing)', () => {
  const none = harmReading('The fair\'s owner said no children were among the injured.');
  it('reads a none of children', () => {
    expect(none?.none).toEqual(new Set(['injury']));
    expect(none?.noneGroup).toBe('children');
  });
  it('is answered by a child hurt, not by an adult hurt', () => {
    expect(harmConflict(none, harmReading('Among those taken to hospital was a 10-year-old girl, who broke her wrist, her father said.'))).toMatchObject({ none: 'a' });
    expect(harmConflict(none, harmReading('A 64-year-old man was taken to hospital with a broken wrist.'))).toBeNull();
  });
});

describe('"No injuries were reported" is a none said, not a report relayed (session 59: a held-out launch failure)', () => {
  it('agrees with "No one was injured" from the same source', () => {
    const a = 'No one was injured, the county fire service said.';
    expect(relate(a, 'No injuries were reported, the county fire service said.').label).toBe('agrees');
    expect(relate('There were no reported injuries, the county fire service said.', a).label).toBe('agrees');
  });
});

describe('a none said of people by what they were doing (session 60: a held-out marathon)', () => {
  it('"no cyclist had died" is answered by a cyclist who died, not by a horse', () => {
    const none = harmReading('The organisers said no cyclist had died during the sportive.');
    expect(harmConflict(none, harmReading('A 52-year-old cyclist who crashed on the descent died in hospital on Monday.'))).toMatchObject({ none: 'a' });
    expect(harmConflict(none, harmReading('A horse that bolted onto the course died on Monday.'))).toBeNull();
    expect(harmReading('No swimmers were hurt, the coastguard said.')?.noneGroup).toBe('swimmers');
  });
});

// Session 66 (a held-out stadium fire: "None of the injuries was serious, the club said" / "a steward … suffered serious
// burns to his hands and arms"): a none of serious harm said of the injuries.
describe('"None of the injuries was serious" (session 66)', () => {
  it('is a none of serious harm, answered by someone hurt seriously, not by minor injuries or a hospital count', () => {
    const none = harmReading('None of the injuries was serious, the depot manager said.');
    expect(harmConflict(none, harmReading('One worker suffered serious burns to his arms and is still in hospital.'))).toMatchObject({ none: 'a' });
    expect(harmConflict(none, harmReading('Four workers suffered minor injuries.'))).toBeNull();
    expect(harmReading('His injuries are not thought to be life-threatening.')?.none ?? []).not.toContain('serious');
  });
});
