/**
 * Made-up but plausible sample data for component tests, previews and screenshots, built around the seed
 * subject (ISIS resurgence; US troops in Iraq: about 5,200 in Jan 2020 vs some 2,500 in 2024).
 * Quotes follow the seed articles; ids, scores and groupings are invented. Not used by the extension itself.
 */
import type {
  Article,
  Claim,
  ClaimKind,
  Contrast,
  ContrastGroups,
  Figure,
  FigureRow,
  Outlet,
  RelationEvidence,
  RelationLabel,
  TimelineEntry,
  Topic,
  TopicMatch,
} from '../utils/engine/types';
import type { ArticleView } from '../utils/messages';

/** Sample outlets with sourced facts (from seeds/outlets.json, shortened). */
export const FIXTURE_OUTLETS = {
  afp: {
    id: 'afp',
    name: 'AFP',
    domain: 'afp.com',
    country: { value: 'France', source: 'general knowledge: Wikipedia article "Agence France-Presse"' },
    ownership: [{ value: 'Autonomous public corporation, partly funded by the French state', source: 'general knowledge: Wikipedia' }],
    notes: [],
  },
  diyaruna: {
    id: 'diyaruna',
    name: 'Diyaruna',
    domain: 'diyaruna.com',
    country: { value: 'United States (sponsor); covers the Middle East', source: "Diyaruna's own site disclosure" },
    ownership: [{ value: 'Sponsored by U.S. Central Command (CENTCOM)', source: "Diyaruna's own site disclosure" }],
    notes: [{ value: 'The body closely follows AFP wire copy of 22–23 January 2020.', source: "text ('[Ayman Henna/AFP]')" }],
  },
  sputnik: {
    id: 'sputnik',
    name: 'Sputnik',
    domain: 'sputnikglobe.com',
    country: { value: 'Russia', source: "Wikipedia: 'Sputnik (news agency)'" },
    ownership: [{ value: 'State-owned; operated by Rossiya Segodnya', source: "Wikipedia: 'Sputnik (news agency)'" }],
    notes: [],
  },
  cradle: {
    id: 'the-cradle',
    name: 'The Cradle',
    domain: 'thecradle.co',
    country: null,
    ownership: [{ value: 'Says it is journalist-driven and donor-funded; founded 2021', source: 'self-description' }],
    notes: [],
  },
  arabObserver: {
    id: 'arab-observer',
    name: 'Arab Observer',
    domain: 'arabobserver.com',
    country: null,
    ownership: [],
    notes: [{ value: 'Country, owner and funding not established; probably compiled from agency reports.', source: 'stored public web copies' }],
  },
  popres: {
    id: 'popularresistance-org',
    name: 'PopularResistance.org',
    domain: 'popularresistance.org',
    country: { value: 'United States', source: 'general knowledge' },
    ownership: [{ value: 'Independent activist site that mostly republishes other outlets', source: 'general knowledge' }],
    notes: [],
  },
} satisfies Record<string, Outlet>;

const O = FIXTURE_OUTLETS;

/** The sample topic: ISIS, with its aliases. */
export const FIXTURE_TOPIC: Topic = {
  id: 'isis',
  label: 'ISIS',
  kind: 'org',
  aliases: ['isis', 'is', 'islamic state', 'daesh', 'isil'],
  outletCount: 6,
  claimCount: 23,
  weight: 0.92,
};

function evidence(partial: Partial<RelationEvidence> = {}): RelationEvidence {
  return { sharedTerms: ['isis', 'iraq'], sharedEntities: ['ISIS'], opposingDirection: null, negation: false, refuting: [], figureDiffs: [], ...partial };
}

function figure(value: number, approx: boolean, period: string | null, text: string): Figure {
  return { value, high: null, approx, unit: 'troop', subject: 'US troops in Iraq', subjectKey: 'us troop iraq', period, text };
}

const TROOPS_2020 = figure(5200, true, '2020-01', 'about 5,200 American soldiers');
const TROOPS_2024 = figure(2500, true, null, 'some 2,500 troops');

interface Spec {
  outlet: Outlet;
  articleId: string;
  title: string;
  published: string;
  index: number;
  text: string;
  speaker: string | null;
  kind: ClaimKind;
  label: RelationLabel;
  score: number;
  ev?: Partial<RelationEvidence>;
  figures?: Figure[];
}

function contrast(s: Spec): Contrast {
  const claim: Claim = {
    id: `${s.articleId}:${s.index}`,
    articleId: s.articleId,
    outletId: s.outlet.id,
    text: s.text,
    start: 0,
    end: s.text.length,
    speaker: s.speaker,
    kind: s.kind,
    topics: ['isis'],
    figures: s.figures ?? [],
    date: s.published,
  };
  return {
    claim,
    outlet: s.outlet,
    article: { id: s.articleId, title: s.title, published: s.published, url: null },
    relation: { label: s.label, score: s.score, similarity: 0.6, evidence: evidence(s.ev) },
  };
}

const CRADLE = { outlet: O.cradle, articleId: 'b512b89c', title: 'US envoy claims ‘ISIS still a threat’ in Iraq as Washington looks to delay withdrawal', published: '2024-03-27' };
const POPRES = { outlet: O.popres, articleId: '913a99d6', title: 'US report: ISIS poses minimal threat in Iraq and Syria', published: '2024-02' };
const SPUTNIK = { outlet: O.sputnik, articleId: '0c67ce4b', title: 'US Questions Iraqi Government’s Readiness to Combat Purported Daesh Resurgence', published: '2020-06' };
const DIYARUNA = { outlet: O.diyaruna, articleId: '4fb2ef7e', title: 'ISIS resurgence possible if US leaves Iraq: general', published: '2020-01-22' };

/** Contrasts for the sample topic, as the background would group them for an AFP page. */
export const FIXTURE_CONTRASTS: ContrastGroups = {
  disputes: [
    contrast({ ...CRADLE, index: 3, kind: 'statement', label: 'disputes', score: 0.81, speaker: 'Mohammed Shia al-Sudani',
      text: 'ISIS is no longer a threat in Iraq and US forces are not needed.',
      ev: { opposingDirection: { a: ['resurge'], b: ['no longer a threat'] }, negation: true } }),
    contrast({ ...POPRES, index: 2, kind: 'quote', label: 'disputes', score: 0.74, speaker: 'US inspectors general (quarterly report)',
      text: 'The group remained militarily defeated, incapable of mounting large, complex attacks domestically or externally.',
      ev: { opposingDirection: { a: ['resurge'], b: ['defeated'] } } }),
  ],
  agrees: [
    contrast({ ...SPUTNIK, index: 9, kind: 'statement', label: 'agrees', score: 0.77, speaker: 'Lt. Gen. Pat White',
      text: 'Lt. Gen. Pat White, commander of CJTF-OIR, cited data on Daesh activity and warned of the group’s possible resurgence in Iraq.' }),
    contrast({ ...CRADLE, index: 6, kind: 'quote', label: 'agrees', score: 0.7, speaker: 'Alina Romanowski, US Ambassador to Iraq',
      text: 'We both assess ISIS is still a threat here, much, much diminished, but nevertheless, our work is essentially not done.' }),
    contrast({ ...DIYARUNA, index: 2, kind: 'quote', label: 'agrees', score: 0.69, speaker: 'Maj. Gen. Alexus Grynkewich',
      text: 'They have the potential to resurge if we take pressure off of them for too long.' }),
    contrast({ outlet: O.arabObserver, articleId: '9a1187db', title: 'IS group making comeback as US pulls out of Syria, says Pentagon watchdog', published: '2019-08', index: 1, kind: 'statement', label: 'agrees', score: 0.6, speaker: null,
      text: 'The Islamic State group was resurging in Syria this quarter, a Pentagon watchdog said.' }),
  ],
  related: [
    contrast({ ...CRADLE, index: 14, kind: 'figure', label: 'related', score: 0.55, speaker: null,
      text: 'The US currently has some 2,500 troops in the country.', figures: [TROOPS_2024] }),
    contrast({ ...SPUTNIK, index: 4, kind: 'figure', label: 'related', score: 0.52, speaker: 'World Politics Review',
      text: 'Some 108 Daesh-related attacks were carried out in Iraq during the month of April alone.' }),
  ],
};

/** Differing troop figures plus a single-outlet row (which the UI must leave out). */
export const FIXTURE_FIGURES: FigureRow[] = [
  {
    subject: 'US troops in Iraq',
    subjectKey: 'us troop iraq',
    entries: [
      { figure: TROOPS_2020, outletId: O.diyaruna.id, outletName: O.diyaruna.name, claimId: '4fb2ef7e:11', date: '2020-01' },
      { figure: { ...TROOPS_2024, approx: false, text: 'About 2,500 US troops' }, outletId: O.popres.id, outletName: O.popres.name, claimId: '913a99d6:5', date: '2024' },
      { figure: TROOPS_2024, outletId: O.cradle.id, outletName: O.cradle.name, claimId: 'b512b89c:14', date: '2024-03-27' },
    ],
  },
  {
    subject: 'Daesh attacks in Iraq in April',
    subjectKey: 'daesh attack iraq april',
    entries: [{ figure: { value: 108, high: null, approx: true, unit: 'attack', subject: 'Daesh attacks in Iraq in April', subjectKey: 'daesh attack iraq april', period: 'April', text: 'some 108 Daesh-related attacks' }, outletId: O.sputnik.id, outletName: O.sputnik.name, claimId: '0c67ce4b:4', date: '2020-06' }],
  },
];

/** Who said what when, built from the contrasts. */
export const FIXTURE_TIMELINE: TimelineEntry[] = [...FIXTURE_CONTRASTS.disputes, ...FIXTURE_CONTRASTS.agrees, ...FIXTURE_CONTRASTS.related].map((c) => ({
  date: c.claim.date ?? '',
  outletId: c.outlet.id,
  outletName: c.outlet.name,
  claimId: c.claim.id,
  text: c.claim.text,
  label: c.relation.label,
}));

/** A sample page match for the topic card. */
export const FIXTURE_TOPIC_MATCH: TopicMatch = {
  topic: FIXTURE_TOPIC,
  score: 0.86,
  matchedTerms: ['ISIS', 'Islamic State', 'resurgence'],
  mentions: [{ start: 120, end: 124 }],
  outletCount: 6,
  claimCount: 23,
  contrasts: FIXTURE_CONTRASTS,
  figures: FIXTURE_FIGURES,
  timeline: FIXTURE_TIMELINE,
};

const BODY = `The "Islamic State of Iraq and Syria" (ISIS) group is weakened but a resurgence is possible if the US leaves Iraq, US Maj. Gen. Alexus Grynkewich, the number two commander for the international coalition in Iraq and Syria, said Wednesday (January 22nd).

The group "certainly still remain a threat", he said. "They have the potential to resurge if we take pressure off of them for too long."

Grynkewich said he did not see the threat of an immediate ISIS comeback.

"But the more time we take pressure off of them, the more of that threat will continue to grow," he said.

At a Pentagon press conference, he said the structural weakness of ISIS is shown by their failure to take advantage of demonstrations in Iraq calling for political reforms since October.

After its defeat last March, ISIS went underground and reverted to well-honed guerrilla tactics that continued to do damage.

US military role needed

Tensions between Washington and Tehran boiled over onto Iraqi soil this month. The US killed top Iranian general Qassem Soleimani in Baghdad and Tehran retaliated against an Iraqi base hosting American soldiers, some of whom were hurt.

Iraq's parliament voted January 5th to oust all foreign troops, including about 5,200 American soldiers deployed alongside local forces.

US President Donald Trump and his Iraqi counterpart Barham Saleh agreed Wednesday in Davos, Switzerland on the need for a continued US military role in the country, the White House said.`;

const ARTICLE: Article = {
  id: '4fb2ef7e',
  outletId: O.diyaruna.id,
  title: 'ISIS resurgence possible if US leaves Iraq: general',
  url: 'https://diyaruna.com/en_GB/articles/cnmi_di/features/2020/01/23/feature-05',
  published: '2020-01-22',
  author: null,
  language: 'en',
  body: BODY,
  source: 'seed',
  importedAt: 0,
  problems: [],
};

function articleClaim(index: number, text: string, speaker: string | null, kind: ClaimKind, figures: Figure[] = []): Claim {
  const start = BODY.indexOf(text);
  if (start < 0) throw new Error(`fixture claim not in body: ${text}`);
  return { id: `${ARTICLE.id}:${index}`, articleId: ARTICLE.id, outletId: O.diyaruna.id, text, start, end: start + text.length, speaker, kind, topics: ['isis'], figures, date: '2020-01-22' };
}

const CLAIMS: Claim[] = [
  articleClaim(0, 'The "Islamic State of Iraq and Syria" (ISIS) group is weakened but a resurgence is possible if the US leaves Iraq', 'Maj. Gen. Alexus Grynkewich', 'statement'),
  articleClaim(2, 'They have the potential to resurge if we take pressure off of them for too long.', 'Maj. Gen. Alexus Grynkewich', 'quote'),
  articleClaim(3, 'Grynkewich said he did not see the threat of an immediate ISIS comeback.', 'Maj. Gen. Alexus Grynkewich', 'statement'),
  articleClaim(6, 'After its defeat last March, ISIS went underground and reverted to well-honed guerrilla tactics that continued to do damage.', null, 'assertion'),
  articleClaim(11, "Iraq's parliament voted January 5th to oust all foreign troops, including about 5,200 American soldiers deployed alongside local forces.", null, 'figure', [TROOPS_2020]),
];

const EMPTY: ContrastGroups = { disputes: [], agrees: [], related: [] };

/** A sample stored article (Diyaruna, Jan 2020) as the reader page receives it from `article.get`. */
export const FIXTURE_ARTICLE_VIEW: ArticleView = {
  article: ARTICLE,
  outlet: O.diyaruna,
  claims: CLAIMS,
  topics: [FIXTURE_TOPIC],
  contrasts: {
    [CLAIMS[0].id]: { disputes: FIXTURE_CONTRASTS.disputes, agrees: FIXTURE_CONTRASTS.agrees.slice(0, 2), related: [] },
    [CLAIMS[1].id]: { disputes: FIXTURE_CONTRASTS.disputes.slice(1), agrees: FIXTURE_CONTRASTS.agrees.slice(0, 1), related: [] },
    [CLAIMS[2].id]: EMPTY,
    [CLAIMS[3].id]: { disputes: [], agrees: [], related: FIXTURE_CONTRASTS.related.slice(1) },
    [CLAIMS[4].id]: { disputes: [], agrees: [], related: FIXTURE_CONTRASTS.related.slice(0, 1) },
  },
  figures: FIXTURE_FIGURES,
  timeline: FIXTURE_TIMELINE.filter((e) => e.outletId !== O.diyaruna.id),
};
