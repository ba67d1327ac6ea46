import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepare, relate, relatePassage, relatePassageRules, buildRelationStats, extractTerms } from '@/utils/engine/relation';
import { passageStance } from '@/utils/engine/relation';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';
import type { Figure, RelationLabel } from '@/utils/engine/types';
import { claimWith, seedCorpus } from './seed-corpus';
import { underLexicon } from './lexicon-scope';
import { GENERAL_LEXICON, SECURITY_NEWS_LEXICON, useCorpusAliases } from '@/utils/engine/lexicon/domain';

// Claims that the ISIS threat grows, and claims that it is diminished, as the seeds word them.
const GROWS = [
  'was resurging in Syria', // Pentagon watchdog, via Arab Observer
  'They have the potential to resurge', // Grynkewich, via Diyaruna
  'ISIS still poses a threat', // Romanowski, via The Cradle
  'The group "certainly still remain a threat"',
];
const DIMINISHED = [
  'ISIS poses a minimal threat',
  'The group remained militarily defeated',
  'the organization does not represent a threat to the Iraqi state',
  'ISIS is no longer a threat in Iraq',
];

describe('relate on seed claims (analyzeArticle → buildPack → relate)', () => {
  const { pack } = seedCorpus();
  const cases: [string, string, RelationLabel][] = [
    ...GROWS.flatMap((g) => DIMINISHED.map((d): [string, string, RelationLabel] => [g, d, 'disputes'])),
    ...GROWS.flatMap((a, i) => GROWS.slice(i + 1).map((b): [string, string, RelationLabel] => [a, b, 'agrees'])),
    ...DIMINISHED.flatMap((a, i) => DIMINISHED.slice(i + 1).map((b): [string, string, RelationLabel] => [a, b, 'agrees'])),
    ['ISIS poses a minimal threat', 'As a result, the majority of Syrians languish in poverty', 'unrelated'],
    ['ISIS still poses a threat', 'The attack came amid a broader Israeli assassination campaign', 'unrelated'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    const ca = claimWith(pack, a);
    const cb = claimWith(pack, b);
    const r = relate(ca, cb);
    expect(r.label).toBe(expected);
    expect(relate(cb, ca).label).toBe(expected);
    if (expected === 'disputes') {
      expect(r.evidence.opposingDirection).not.toBeNull();
      expect(r.evidence.sharedEntities).toContain('isis');
    }
  });

  it('explains a dispute with the direction words on each side', () => {
    const r = relate(claimWith(pack, 'was resurging in Syria'), claimWith(pack, 'ISIS is no longer a threat in Iraq'));
    expect(r.evidence.opposingDirection!.a.join(' ')).toMatch(/resurging/);
    expect(r.evidence.opposingDirection!.b.join(' ')).toMatch(/not .*threat|no longer/);
    expect(r.score).toBeGreaterThan(0.5);
  });

  it('treats the US troop figures of 2020 and 2024 as context: related at least, with the figure difference', () => {
    const a = claimWith(pack, 'about 5,200 American soldiers');
    const b = claimWith(pack, 'About 2,500 US troops remain in Iraq');
    const r = relate(a, b);
    expect(['related', 'agrees', 'disputes']).toContain(r.label);
    expect(r.label).not.toBe('disputes');
    expect(r.evidence.figureDiffs.length).toBeGreaterThan(0);
    expect(r.evidence.figureDiffs[0]!.subject).toMatch(/troop/i);
  });
});

describe('relate on bare sentences (no seed knowledge)', () => {
  const cases: [string, string, RelationLabel][] = [
    // direction with negation scope, any subject
    ['The measles outbreak in Springfield is growing fast.', 'The measles outbreak in Springfield is declining.', 'disputes'],
    ['Vaccine uptake in Springfield rose sharply this year.', 'Vaccine uptake in Springfield increased this year.', 'agrees'],
    ['The city budget deficit is no longer a threat to services.', 'The city budget deficit remains a threat to services.', 'disputes'],
    ['The council says the budget deficit does not represent a threat.', 'The budget deficit poses a minimal threat, the mayor said.', 'agrees'],
    // refutation and plain negation of the same statement
    ['The mayor cut the library budget.', 'Officials said reports that the mayor cut the library budget are false.', 'disputes'],
    ['The new vaccine causes severe side effects in children.', 'The new vaccine does not cause severe side effects in children.', 'disputes'],
    // unrelated
    ['The measles outbreak in Springfield is growing fast.', 'The football club signed a new goalkeeper on Tuesday.', 'unrelated'],
    ['The city budget deficit is no longer a threat to services.', 'Heavy rain is expected along the coast this weekend.', 'unrelated'],
    // same subject, no stance either way
    ['The city council will debate the budget on Monday.', 'Residents asked the city council about the budget for parks.', 'related'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    expect(relate({ text: a }, { text: b }).label).toBe(expected);
    expect(relate({ text: b }, { text: a }).label).toBe(expected);
  });

  it('unites names the general lexicon knows (American = US), not a subject\'s (Daesh ≠ ISIS by default)', () => {
    expect([...extractTerms('American soldiers left').keys()]).toContain('#us');
    expect([...extractTerms('Daesh fighters regrouped').keys()]).not.toContain('#isis');
    expect([...extractTerms('The budget is large and it is late').keys()]).not.toContain('#isis');
  });
});

describe('relate with the security-news lexicon (the seed subject\'s vocabulary, one engine option)', () => {
  underLexicon(SECURITY_NEWS_LEXICON);
  it('unites alias names in terms (Daesh = ISIS, American = US)', () => {
    expect([...extractTerms('Daesh fighters regrouped').keys()]).toContain('#isis');
    expect([...extractTerms('American soldiers left').keys()]).toContain('#us');
    const r = relate({ text: 'Daesh is resurging in the desert.' }, { text: 'ISIS has been defeated in the desert.' });
    expect(r.label).toBe('disputes');
  });

  it('reads "is" as a verb, never as the Islamic State', () => {
    expect([...extractTerms('The budget is large and it is late').keys()]).not.toContain('#isis');
    expect([...extractTerms('The IS group claimed the attack').keys()]).toContain('#isis');
  });
});

describe('relate with the general lexicon plus a corpus\'s mined aliases (what the extension runs)', () => {
  underLexicon(GENERAL_LEXICON);
  it('unites Daesh and ISIS once a corpus mined them as one topic, and only then', () => {
    expect([...extractTerms('Daesh fighters regrouped').keys()]).not.toContain('#isis');
    useCorpusAliases(new Map([['isis', { id: 'isis', label: 'ISIS', kind: 'org', aliases: ['isis', 'daesh', 'islamic state'], outletCount: 2, claimCount: 2, weight: 1 }]]));
    expect([...extractTerms('Daesh fighters regrouped').keys()]).toContain('#isis');
    const r = relate({ text: 'Daesh is resurging in the desert.' }, { text: 'ISIS has been defeated in the desert.' });
    expect(r.label).toBe('disputes');
    useCorpusAliases(new Map());
    expect([...extractTerms('Daesh fighters regrouped').keys()]).not.toContain('#isis');
  });
});

describe('figures', () => {
  const fig = (value: number, period: string | null, subjectKey = 'us|troop|iraq'): Figure => ({
    value,
    high: null,
    approx: false,
    unit: 'troop',
    subject: 'US troops in Iraq',
    subjectKey,
    period,
    text: `${value} troops`,
  });
  it.each([
    [fig(5200, '2020-01'), fig(2500, '2024'), 'related', 1],
    [fig(5200, '2024'), fig(2500, '2024'), 'disputes', 1],
    [fig(2500, null), fig(2500, null), 'agrees', 0],
    [fig(2500, null), fig(900, null, 'us|troop|syria'), 'related', 0],
  ] as const)('%o vs %o → %s', (fa, fb, label, diffs) => {
    const a = { text: 'US troops remain deployed in Iraq.', figures: [fa], topics: ['us-troops', 'iraq'] };
    const b = { text: 'Washington keeps its soldiers there to counter ISIS.', figures: [fb], topics: ['us-troops', 'isis'] };
    const r = relate(a, b);
    expect(r.label).toBe(label);
    expect(r.evidence.figureDiffs).toHaveLength(diffs);
  });
  it('a figure difference alone makes otherwise unrelated texts related', () => {
    const r = relate({ text: 'Troop numbers.', figures: [fig(5200, '2020')] }, { text: 'Deployment is ongoing elsewhere.', figures: [fig(2500, '2024')] });
    expect(r.label).toBe('related');
  });
});

describe('relate properties', () => {
  const words = ['ISIS', 'threat', 'resurging', 'defeated', 'not', 'no longer', 'the', 'budget', 'city', 'vaccine', 'false', 'denied',
    'growing', 'declining', 'Iraq', 'troops', 'minimal', 'council', 'rose', 'is', 'a', 'in', 'Springfield', 'hoax'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
  it('is symmetric in label', () => {
    fc.assert(
      fc.property(sentence, sentence, fc.option(fc.array(fc.constantFrom('isis', 'iraq', 'us', 'budget'), { maxLength: 3 }), { nil: undefined }), (a, b, topics) => {
        const ra = relate({ text: a, topics }, { text: b, topics: topics?.slice().reverse() });
        const rb = relate({ text: b, topics: topics?.slice().reverse() }, { text: a, topics });
        return ra.label === rb.label && Math.abs(ra.similarity - rb.similarity) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });
  it('keeps score and similarity within 0..1', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const r = relate({ text: a }, { text: b });
        return r.score >= 0 && r.score <= 1 && r.similarity >= 0 && r.similarity <= 1;
      }),
    );
  });
  it('relates a text to itself', () => {
    fc.assert(fc.property(sentence.filter((s) => /[a-z]{4}/i.test(s.replace(/\b(the|a|is|in|not)\b/g, ''))), (a) => relate({ text: a }, { text: a }).label !== 'unrelated'));
  });
});

describe('prepare', () => {
  it('caches features per object and accepts prepared input', () => {
    const claim = { text: 'ISIS still poses a threat in Iraq.' };
    const p = prepare(claim);
    expect(prepare(claim)).toBe(p);
    expect(prepare(p)).toBe(p);
    expect(p.direction).toBeGreaterThan(0);
    expect(prepare('ISIS is no longer a threat in Iraq.').direction).toBeLessThan(0);
    expect(prepare('The group does not represent a threat.').down.join(' ')).toMatch(/not threat/);
  });
  it('ignores goals: "work to fully defeat the organization" is not a diminish cue', () => {
    expect(prepare('Our work to fully defeat the organization continues.').down).toEqual([]);
  });
});

describe('relatePassageRules (the rule-based passage decision before the stance model; npm run fnc reports it as BEFORE)', () => {
  // Tuned on FNC-1 for precision: a body that merely reports a denial stays "related" (discuss);
  // one that plainly calls the claim false near the claim's own words disputes it.
  const body = [
    'The claim that a spider burrowed through a tourist’s stomach is a hoax: the spider story is fake and false, and the stomach photos were doctored.',
    'No patient with such an injury was treated, a hospital spokesman said.',
  ].join(' ');
  it('finds disputes through refuting words near the claim’s terms', () => {
    const r = relatePassageRules({ text: 'Spider burrowed through tourist’s stomach' }, body);
    expect(r.label).toBe('disputes');
    expect(r.evidence.refuting.join(' ')).toMatch(/hoax/);
  });
  it('keeps a body that only reports a denial at related (FNC "discuss")', () => {
    const reported = 'A spider burrowed through a tourist’s stomach, a newspaper reported. The hospital denied the account.';
    expect(relatePassageRules({ text: 'Spider burrowed through tourist’s stomach' }, reported).label).toBe('related');
  });
  it('agrees when the claim itself calls it a hoax', () => {
    expect(relatePassageRules({ text: 'Spider in tourist’s stomach story is a hoax' }, body).label).toBe('agrees');
  });
  it('agrees when the body states the claim without hedging', () => {
    const plain = 'The city council approved the new budget for parks on Monday. The budget for parks grows by ten percent.';
    expect(relatePassageRules({ text: 'City council approves new budget for parks' }, plain).label).toBe('agrees');
  });
  it('is unrelated to a different story', () => {
    expect(relatePassageRules({ text: 'City council approves new budget for parks' }, body).label).toBe('unrelated');
  });
  it('uses corpus statistics when given', () => {
    const stats = buildRelationStats([body, 'The city council met on Monday.', 'A tourist visited the museum.']);
    const r = relatePassageRules({ text: 'Spider burrowed through tourist’s stomach' }, body, { stats });
    expect(r.label).not.toBe('unrelated');
  });
});

describe('relatePassage (the learned stance model, claim vs long body)', () => {
  const body = [
    'The claim that a spider burrowed through a tourist’s stomach is a hoax: the spider story is fake and false, and the stomach photos were doctored.',
    'No patient with such an injury was treated, a hospital spokesman said.',
  ].join(' ');
  const reported = 'A spider burrowed through a tourist’s stomach, a newspaper reported. The hospital denied the account.';
  const plain = 'The city council approved the new budget for parks on Monday. The budget for parks grows by ten percent.';
  // The headline model's own probabilities (relatePassage's p is the card-pair model's since session 4).
  const p = (claim: string, passage: string) => passageStance({ text: claim }, passage).p;
  it('a body calling the claim a hoax raises p(disputes) over a body that reports it', () => {
    expect(p('Spider burrowed through tourist’s stomach', body).disputes).toBeGreaterThan(p('Spider burrowed through tourist’s stomach', reported).disputes);
  });
  it('a claim that itself calls the story a hoax is most likely confirmed by the hoax body', () => {
    const q = p('Spider in tourist’s stomach story is a hoax', body);
    expect(q.agrees).toBeGreaterThan(Math.max(q.disputes, q.related, q.unrelated));
  });
  it('a plain body stating the claim leans to agreement', () => {
    const q = p('City council approves new budget for parks', plain);
    expect(q.agrees).toBeGreaterThan(q.disputes);
    expect(q.unrelated).toBeLessThan(0.05);
  });
  it('is unrelated to a different story', () => {
    expect(relatePassage({ text: 'City council approves new budget for parks' }, body).label).toBe('unrelated');
  });
  it('labels a pair agrees/disputes only above the precision thresholds chosen on held-out stories', () => {
    const r = relatePassage({ text: 'Spider burrowed through tourist’s stomach' }, body);
    if (r.label === 'disputes') expect(r.p!.disputes).toBeGreaterThanOrEqual(CARD_STANCE_THRESHOLDS.disputes);
    if (r.label === 'agrees') expect(r.p!.agrees).toBeGreaterThanOrEqual(CARD_STANCE_THRESHOLDS.agrees);
    expect(r.label).not.toBe('unrelated');
  });
  it('reads its display thresholds from stance/thresholds.ts, the module the card reads', () => {
    const keep = { ...CARD_STANCE_THRESHOLDS };
    const label = () => relatePassage({ text: 'City council approves new budget for parks' }, plain).label;
    try {
      Object.assign(CARD_STANCE_THRESHOLDS, { disputes: 2, agrees: 2 });
      expect(label()).toBe('related');
      Object.assign(CARD_STANCE_THRESHOLDS, { disputes: 0, agrees: 0 });
      expect(['agrees', 'disputes']).toContain(label());
      Object.assign(CARD_STANCE_THRESHOLDS, { related: 2 });
      expect(label()).toBe('unrelated');
    } finally {
      Object.assign(CARD_STANCE_THRESHOLDS, keep);
    }
  });
});

describe('a negation disputes only what the two texts share (its head word)', () => {
  const cases: [string, string, RelationLabel][] = [
    // disputes: one side denies the shared predicate
    ['Macaulay Culkin is not dead, his publicist said on Tuesday.', 'Macaulay Culkin was found dead, his publicist said on Tuesday.', 'disputes'],
    ['The kidnapped schoolgirls will not be released after the ceasefire agreement.', 'The kidnapped schoolgirls will be released after the ceasefire agreement.', 'disputes'],
    ['The woman detained in Lebanon was not the wife of Abu Bakr al-Baghdadi.', 'The wife of Abu Bakr al-Baghdadi was detained in Lebanon.', 'disputes'],
    // no dispute: litotes, a denied word the text also states, a negation about something the other does not say
    ['People who live near the crater heard a blast and saw sand and dust blown through the air.', 'People living not far from the crater heard a blast and saw sand and dust blown through the air.', 'agrees'],
    ['Bergdahl will be charged with desertion by the Pentagon.', 'The Pentagon will charge Bergdahl with desertion, although no charges have been filed yet.', 'agrees'],
    ['Tunisia halted flights from Tripoli, Sirte and Misrata over fears of suicide missions.', 'Tunisia stopped flights from Tripoli, Sirte and Misrata over fears of suicide missions.', 'agrees'],
    ['Gill Rosenberg posted on Facebook that she was safe and secure in Syria.', 'Gill Rosenberg posted on Facebook that she was safe and secure in Syria and not captured.', 'agrees'],
    // a negated request denies the act asked for, not the asking: two different acts under one verb
    ['The landlord asked the tenants to pay the water bill this winter.', 'The landlord is not asking the tenants to leave over the water bill this winter.', 'related'],
    ['The landlord asked the tenants to leave over the water bill this winter.', 'The landlord is not asking the tenants to leave over the water bill this winter.', 'disputes'],
    // "no issue" and "a non-issue" say the same
    ['The $350 price tag of the Apple Watch seems to be no issue for buyers.', 'The $350 price tag of the Apple Watch appears to be a non-issue for buyers.', 'agrees'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    const label = (x: string, y: string) => relate({ text: x }, { text: y }).label;
    if (expected === 'disputes') {
      expect(label(a, b)).toBe('disputes');
      expect(label(b, a)).toBe('disputes');
    } else {
      expect(label(a, b)).not.toBe('disputes');
      expect(label(b, a)).not.toBe('disputes');
    }
  });

  it('reads what each negation denies', () => {
    expect([...prepare('The air is not safe to breathe.').negatedHeads!]).toEqual(['safe']);
    expect([...prepare('They did not get caught.').negatedHeads!]).toEqual(['caught']);
    expect([...prepare('Comcast is not asking customers to stop using Tor.').negatedHeads!]).toEqual(['stop']);
    expect([...prepare('The mayor did not agree to cut the budget.').negatedHeads!]).toEqual(['cut']);
    expect([...prepare('They live not far from the crater.').negatedHeads!]).toEqual([]);
    expect([...prepare('It appears to be a non-issue.').negatedHeads!]).toEqual(['issu']);
    // the charges are asserted elsewhere ("will charge him"): what is denied is their filing, the passive after "no"
    // and its noun (session 39; it denied nothing before, so "Charges were filed against him" went unanswered)
    expect([...prepare('They will charge him, although no charges were filed.').negatedHeads!]).toEqual(['file']);
    // a verb that stops something, "whether or not", a condition: no fact denied
    expect([...prepare('Tunisia stopped flights from Tripoli.').negatedHeads!]).toEqual([]);
    expect([...prepare('A decision on whether or not Wilson will be charged is due.').negatedHeads!]).toEqual([]);
    expect([...prepare('They threaten to kidnap locals if they do not surrender.').negatedHeads!]).toEqual([]);
    expect([...prepare('Wilson was not charged.').negatedHeads!]).toEqual(['charg']);
  });
});
