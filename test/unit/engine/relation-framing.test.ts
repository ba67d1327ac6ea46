// Framing of direction cues: a cue governed by a goal ("must be defeated"), set in the past ("had been defeated",
// "After its defeat last March, …", a predecessor) or conceded ("much diminished, but nevertheless …") is not a
// claim that the subject is diminished (or growing) now, so it must not make a confident dispute.
import { describe, expect, it } from 'vitest';
import { prepare, relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';
import { claimWith, seedCorpus } from './seed-corpus';

const GROWS = ['was resurging in Syria', 'They have the potential to resurge', 'ISIS still poses a threat', 'The group "certainly still remain a threat"'];

// Seed claims the overlay of seed-subject-article.html showed as disputes of a "resurging" page.
const GOAL = [
  'ISIS is a common terrorist enemy that must be defeated everywhere',
  'share a commitment to ensure the enduring defeat of ISIS',
  'core mission of degrading and defeating',
  'helps ensure ISIS can never again resurge',
  'the defeat ISIS mission',
];
const HISTORICAL = ["In 2010, ISIS's predecessor, the Islamic State of Iraq, had been defeated", 'After its defeat last March, ISIS went underground'];
const MIXED = ['We both assess ISIS [Islamic State] is still a threat here, much, much diminished'];

describe('framing on seed claims', () => {
  const { pack } = seedCorpus();

  it.each([...GOAL, ...HISTORICAL])('"%s" states no clear direction now', (fragment) => {
    const p = prepare(claimWith(pack, fragment));
    expect(Math.abs(p.direction)).toBeLessThan(0.5);
    expect(p.down).toEqual([]);
  });

  it.each(MIXED)('"%s" (mixed, stance after "but nevertheless") does not point down', (fragment) => {
    expect(prepare(claimWith(pack, fragment)).direction).toBeGreaterThan(-0.5);
  });

  it('keeps the historical cue with its frame and a small weight', () => {
    const p = prepare(claimWith(pack, HISTORICAL[0]!));
    expect(p.cues.map((c) => [c.words, c.frame, c.scale])).toEqual([['defeated', 'historical', 0.2]]);
  });

  const pairs = [...GOAL, ...HISTORICAL, ...MIXED].flatMap((f) => GROWS.map((g) => [f, g] as const));
  it.each(pairs)('"%s" does not dispute "%s"', (f, g) => {
    const a = claimWith(pack, f);
    const b = claimWith(pack, g);
    for (const r of [relate(a, b), relate(b, a)]) {
      expect(r.label).not.toBe('disputes');
      expect(r.evidence.opposingDirection).toBeNull();
    }
  });
});

describe('framing on bare sentences, any subject', () => {
  const cases: [string, string, RelationLabel | `not ${RelationLabel}`][] = [
    // goal / obligation / purpose
    ['The Zeta cartel must be dismantled.', 'The Zeta cartel is growing.', 'not disputes'],
    ['The Zeta cartel has been dismantled.', 'The Zeta cartel is growing.', 'disputes'],
    ['The rebels in the north must be defeated.', 'The rebels in the north are regrouping.', 'not disputes'],
    ['The rebels in the north have been defeated.', 'The rebels in the north are regrouping.', 'disputes'],
    ['Officials want to ensure the measles outbreak in Springfield declines.', 'The measles outbreak in Springfield is growing.', 'not disputes'],
    ["The task force's mission is to weaken the smuggling ring.", 'The smuggling ring is growing.', 'not disputes'],
    ['The council made a commitment to reduce the budget deficit in Springfield.', 'The budget deficit in Springfield is rising.', 'not disputes'],
    ['The Springfield health plan aims to keep the measles outbreak under control.', 'The measles outbreak in Springfield is surging.', 'not disputes'],
    // hypothetical / conditional (a modal states what would follow, not what is), and a stated approach or resolve
    ['The mayor said the new levy would reduce the budget deficit in Springfield.', 'The budget deficit in Springfield is rising.', 'not disputes'],
    ['Analysts said the merger could weaken the Zeta cartel.', 'The Zeta cartel is growing.', 'not disputes'],
    ['The vaccine campaign might slow the measles outbreak in Springfield.', 'The measles outbreak in Springfield is surging.', 'not disputes'],
    ['The council will use the same approach in cutting the budget deficit in Springfield.', 'The budget deficit in Springfield is rising.', 'not disputes'],
    ['The attack only strengthened their resolve to crush the smuggling ring.', 'The smuggling ring is growing.', 'not disputes'],
    ['The mayor said the budget deficit in Springfield has fallen.', 'The budget deficit in Springfield is rising.', 'disputes'],
    // a call or an appeal states what someone wants done
    ['Union leaders urged members to shrink the strike fund in Springfield.', 'The strike fund in Springfield is growing.', 'not disputes'],
    ['Union leaders called on members, retirees and donors to shrink the strike fund in Springfield.', 'The strike fund in Springfield is growing.', 'not disputes'],
    ['Union leaders said the strike fund in Springfield has shrunk.', 'The strike fund in Springfield is growing.', 'disputes'],
    // "unaware of any rise" denies the rise
    ['The ministry said it was unaware of any rise in measles cases in Springfield.', 'Measles cases in Springfield are rising.', 'disputes'],
    // a "would" of habit states what happened: both say Jones lost and came back
    ['Battered by losses, Jones would jump back into the market again and again.', 'Thousands of dollars lost, over and over, but Jones kept coming back for more.', 'not disputes'],
    // a name both give only as a place or a speaker is not the subject that goes up and down
    ['The case has provoked discussions about sex education in Springfield, where the number of pregnant girls has increased sharply.', 'Lack of education in Springfield is an important issue.', 'not disputes'],
    ['Globex said that while a defect cannot be ruled out, the lack of any complaints from drivers in Springfield suggests something else caused the crash.', 'Experts, including those at Globex, say the crash in Springfield may have nothing to do with parts falling off the car.', 'not disputes'],
    ['Measles cases in Springfield are rising.', "Springfield's measles cases have fallen sharply.", 'disputes'],
    // a place and one word, narrowed to two different things ("oil prices" / "prices of food")
    ['Food prices in Springfield are soaring.', 'Oil prices in Springfield have collapsed.', 'not disputes'],
    ['Shopkeepers say prices in Springfield are soaring, and medicines are scarce.', 'Since the collapse of oil prices, Springfield has struggled to pay its bills.', 'not disputes'],
    ['Oil prices in Springfield are soaring.', 'Oil prices in Springfield have collapsed.', 'disputes'],
    // a literal sense: an air drop and a colour are no decline and no rise
    ['Pilots accidentally dropped food, water and weapons to the rebels in the north.', 'The rebels in the north are regrouping.', 'not disputes'],
    ['Bundles of weapons were dropped to Kurdish forces fighting the rebels in the north.', 'The rebels in the north are regrouping.', 'not disputes'],
    ['The Globex Edition watch comes in rose gold.', 'Sales of the Globex Edition watch have fallen.', 'not disputes'],
    ['Sales of the Globex Edition watch rose 5% last quarter.', 'Sales of the Globex Edition watch have fallen.', 'disputes'],
    // places shared (a city, countries) are not a shared subject: services collapsing vs a cartel expanding
    ['Residents said services are collapsing in towns and cities across Mexico and Springfield.', 'The Zeta cartel then expanded into Mexico and took control of the city of Springfield.', 'not disputes'],
    // a quote's first word is a common noun, the subject of its cue: services collapse, the rebels expand
    ['A reporter said of the rebels in the north, “Services are collapsing, and prices are soaring.”', 'The rebels in the north then expanded into the south and took control of the capital.', 'not disputes'],
    // a denied identity disputes only an asserted one: where the bodies were found says nothing of whose they are
    ['DNA tests showed that the 12 bodies found near Ashford are not those of the missing hikers.', 'Bodies Found Near Ashford Trail Where Hikers Went Missing', 'not disputes'],
    ['None of the 12 bodies found near Ashford belongs to the group of missing hikers, police said.', 'Twelve bodies were found near the Ashford trail where the hikers went missing.', 'not disputes'],
    ['DNA tests showed that the 12 bodies found near Ashford are not those of the missing hikers.', 'The 12 bodies found near Ashford are those of the missing hikers.', 'disputes'],
    ['The 12 bodies found near Ashford were confirmed not to be the missing hikers.', 'The bodies of 12 people, believed to be the missing hikers, were found near Ashford.', 'disputes'],
    // idioms with a direction word state no change: "at a loss" (puzzled), "grew up" (an upbringing)
    ['Relatives said they were at a loss why the Zeta cartel kept its hostages.', 'The Zeta cartel is growing.', 'not disputes'],
    ['The Zeta cartel leader grew up in a poor family in the north.', 'The Zeta cartel has been weakened.', 'not disputes'],
    // a loss to someone is their gain: the cartel gaining Ashford is no decline of the cartel
    ['The loss of Ashford and much of the north to the Zeta cartel came in June.', 'The Zeta cartel expanded into the north and took control of Ashford.', 'not disputes'],
    ['Ashford fell to the Zeta cartel in June.', 'The Zeta cartel is growing.', 'not disputes'],
    ['The Zeta cartel suffered heavy losses in the north.', 'The Zeta cartel is growing in the north.', 'disputes'],
    // "the loss of <a named place>" says it changed hands, not whose loss: no decline of the cartel that took it
    ['The loss of Ashford foreshadowed the later loss of the north, Zeta cartel watchers said.', 'The Zeta cartel then expanded and took control of Ashford.', 'not disputes'],
    // a drop by planes is a delivery; an encouragement is an appeal
    ['Leaflets dropped by army planes landed in areas held by the Zeta cartel.', 'The Zeta cartel is growing.', 'not disputes'],
    ['The video showed a letter encouraging residents to rise up against the Zeta cartel.', 'The Zeta cartel has been weakened.', 'not disputes'],
    // a comma between two modifiers keeps the negation: both deny a specific, credible threat
    ['Officials said they were unaware of any specific, credible threat to the Springfield water supply.', 'Officials said there is no specific or credible threat to the Springfield water supply.', 'not disputes'],
    ['The mayor said there were no large, coordinated attacks on the Springfield water supply.', 'Large, coordinated attacks on the Springfield water supply were rising.', 'disputes'],
    // ... unless the frame ends and a state is stated: "must accept that … are not defeated"
    ['We must accept that the rebels in the north are not defeated.', 'The rebels in the north have been defeated.', 'disputes'],
    // historical / backgrounded
    ['In 2015 the virus had been contained.', 'Cases are surging.', 'not disputes'],
    ['In 2015 the measles outbreak in Springfield had declined.', 'The measles outbreak in Springfield is growing.', 'not disputes'],
    ['The measles outbreak in Springfield has declined.', 'The measles outbreak in Springfield is growing.', 'disputes'],
    ['After its collapse last year, the Zeta cartel rebuilt its network.', 'The Zeta cartel is growing.', 'not disputes'],
    ['Last year, Globex shares fell sharply.', 'Globex shares rose on Monday.', 'not disputes'],
    ["The Zeta cartel's predecessor was crushed by the army.", 'The Zeta cartel is growing.', 'not disputes'],
    // mixed / contrastive / concessive
    ['Inflation in Springfield is still high, much diminished from last year.', 'Inflation in Springfield is rising.', 'not disputes'],
    ['Inflation in Springfield has diminished.', 'Inflation in Springfield is rising.', 'disputes'],
    ['The measles outbreak in Springfield has declined, but it remains a threat.', 'The measles outbreak in Springfield is growing.', 'not disputes'],
    ['The measles outbreak in Springfield remains a threat, but it is declining fast.', 'The measles outbreak in Springfield is growing.', 'disputes'],
    ['Although the measles outbreak in Springfield grew last month, it is now declining.', 'The measles outbreak in Springfield is declining.', 'not disputes'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    for (const r of [relate({ text: a }, { text: b }), relate({ text: b }, { text: a })]) {
      if (expected.startsWith('not ')) expect(r.label).not.toBe(expected.slice(4));
      else expect(r.label).toBe(expected);
    }
  });

  it.each([
    ['The measles outbreak has declined, but it remains a threat.', 1],
    ['The outbreak remains a threat, but it is declining fast.', -1],
    ['Although the outbreak grew last month, it is now declining.', -1],
    ['Despite losing its territory, the group was resurging this quarter.', 1],
    ['The rebels have not yet been defeated.', 1],
    ['The rebels are all but defeated.', -1],
    ['The pandemic is not over.', 1],
    ['Inflation is still high, much diminished from last year.', 0],
    ['The rebels must be defeated.', 0],
    ['The levy would reduce the deficit.', 0],
    ['The deficit would have fallen if the levy had passed.', 0],
    ['Before the war, the rebels had grown stronger.', 0],
    // where a drop came from, a thing ending up in someone's hands, the last verb of a goal list: no direction
    ['Some of the weapons they dropped from those planes were seized by the rebels.', 0],
    ['The crates were dropped from their helicopters near the river.', 0],
    ['Weapons are falling into the hands of the rebels.', 0],
    ['The pieces of the deal fell into place on Friday.', 0],
    ['We can support them to confront, attack and defeat the rebels in the valley.', 0],
    // a refusal, a leap over something, an effort that failed: no direction (session 18, from rule agrees read by hand)
    ['The rebels declined to comment on the report.', 0],
    ['A spokesman for the rebels declines to say how many fighters were killed.', 0],
    ['The rebel jumped the fence and ran toward the gate.', 0],
    ['A rebel jumped the Palace fence on Friday.', 0],
    ['It was the second failed rescue attempt against the rebels in two months.', 0],
    // … while a decrease to a level, a rise in amount and a failure of the subject still point
    ['Attacks by the rebels declined to 12 last year.', -1],
    ['Attacks by the rebels have been declining to their lowest level.', -1],
    ['Attacks by the rebels jumped 20 percent in May.', 1],
    ['Attacks by the rebels jumped more than a third.', 1],
    ['The rebels failed to hold the city.', -1],
    // … while a change from a level, or a fall into decline, still points down
    ['Attacks by the rebels dropped from 40 to 12 last year.', -1],
    ['Attacks by the rebels dropped from a high of 40 in 2019.', -1],
    ['The old port fell into decline after the war.', -1],
    ['The rebels were surrounded and defeated in the valley.', -1],
  ] as const)('direction of "%s" → %i', (text, sign) => {
    const d = prepare(text).direction;
    if (sign === 0) expect(Math.abs(d)).toBeLessThan(0.5);
    else expect(Math.sign(d)).toBe(sign);
  });
});
