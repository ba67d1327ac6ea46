import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { underLexicon } from './lexicon-scope';
import { domainLexicon, GENERAL_LEXICON, SECURITY_NEWS_LEXICON, setDomainLexicon } from '@/utils/engine/lexicon/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acronymDefinitions, writtenOutAcronyms, buildTopicMatcher, matchTopics, mineTopics, topicIdsIn, wordTable, type TopicMatcher } from '@/utils/engine/topics';
import { tokenize } from '@/utils/engine/text';
import type { Article, Claim, Topic } from '@/utils/engine/types';
import { claimWith, seedCorpus, seedFiles, SEEDS_DIR } from './seed-corpus';

/** Hand-built corpus: one article per [outlet, text], one claim per article (its whole body). */
function corpus(docs: [outlet: string, text: string][]): { articles: Article[]; claims: Claim[] } {
  const articles = docs.map(([outletId, body], i): Article => ({
    id: `a${i}`,
    outletId,
    title: '',
    url: null,
    published: null,
    author: null,
    language: 'en',
    body,
    source: 'import',
    importedAt: 0,
    problems: [],
  }));
  const claims = articles.map((a): Claim => ({
    id: `${a.id}:0`,
    articleId: a.id,
    outletId: a.outletId,
    text: a.body,
    start: 0,
    end: a.body.length,
    speaker: null,
    kind: 'assertion',
    topics: [],
    figures: [],
    date: null,
  }));
  return { articles, claims };
}

const byAlias = (topics: Topic[], alias: string): Topic[] => topics.filter((t) => t.aliases.includes(alias));

describe('seed corpus: one ISIS topic', () => {
  const { pack } = seedCorpus();
  const isis = byAlias(pack.topics, 'isis');

  it('is a single org topic discussed by all five outlets', () => {
    expect(isis).toHaveLength(1);
    expect(isis[0]).toMatchObject({ id: 'isis', label: 'ISIS', kind: 'org', outletCount: 5 });
    for (const alias of ['isis', 'isil', 'daesh', 'islamic state', 'is group']) expect(isis[0]!.aliases).toContain(alias);
    // "is" alone is never a plain alias: the matcher only accepts it as "IS group" / "(IS)".
    expect(isis[0]!.aliases).not.toContain('is');
    expect(byAlias(pack.topics, 'daesh')).toEqual(isis);
    expect(byAlias(pack.topics, 'islamic state')).toEqual(isis);
  });

  it('is what every seed is about, under whatever name the seed uses (with the security-news lexicon\'s "IS" rule)', () => {
    const previous = domainLexicon();
    setDomainLexicon(SECURITY_NEWS_LEXICON);
    onTestFinished(() => setDomainLexicon(previous));
    const matcher = buildTopicMatcher(pack.topics);
    const forms = new Set<string>();
    for (const f of seedFiles()) {
      const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
      const hits = matchTopics(matcher, text).filter((h) => h.topicId === 'isis');
      expect(hits.length, f).toBeGreaterThan(0);
      for (const h of hits) forms.add(h.text.replace(/['’]s$/, ''));
    }
    for (const form of ['ISIS', 'IS', 'Islamic State', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State in Iraq and Syria']) {
      expect(forms).toContain(form);
    }
  });

  it('tags claims, including one that only says "They" (antecedent in the previous sentences)', () => {
    expect(claimWith(pack, 'They have the potential to resurge').topics).toContain('isis');
    expect(claimWith(pack, 'The group remained militarily defeated').topics).toContain('isis');
    expect(claimWith(pack, 'Daesh-related attacks').topics).toContain('isis');
    const isisClaims = pack.claims.filter((c) => c.topics.includes('isis')).length;
    expect(isis[0]!.claimCount).toBe(isisClaims);
  });

  it('finds people across outlets and joins name variants', () => {
    const sudani = pack.topics.find((t) => t.aliases.includes('sudani'));
    expect(sudani).toMatchObject({ label: 'Mohammed Shia al-Sudani', kind: 'person' });
    expect(sudani!.outletCount).toBeGreaterThanOrEqual(2);
    const soleimani = pack.topics.find((t) => t.aliases.includes('qassem soleimani'));
    expect(soleimani!.aliases).toContain('qasem soleimani');
    expect(soleimani!.kind).toBe('person');
  });

  it('mines concepts that recur across outlets and leaves outlet names out', () => {
    const ids = pack.topics.map((t) => t.id);
    expect(ids).toContain('resurgence');
    expect(ids).toContain('us-troops');
    expect(pack.topics.find((t) => t.id === 'resurgence')!.aliases).toEqual(expect.arrayContaining(['resurgence', 'resurging']));
    expect(ids.some((id) => /cradle|sputnik|diyaruna/.test(id))).toBe(false);
  });

  it('orders topics by weight (outlets first)', () => {
    const w = pack.topics.map((t) => t.weight);
    expect([...w].sort((a, b) => b - a)).toEqual(w);
    expect(pack.topics.every((t) => t.weight >= t.outletCount)).toBe(true);
  });
});

describe('aliases mined from the texts', () => {
  it.each([
    ['The "Islamic State of Iraq and Syria" (ISIS) group is weakened', 'ISIS', 'Islamic State of Iraq and Syria'],
    ['The Islamic State (IS) group is exploiting the withdrawal', 'IS', 'Islamic State'],
    ['While Combined Joint Task Force - Operation Inherent Resolve (CJTF-OIR) - the official name', 'CJTF-OIR', 'Combined Joint Task Force - Operation Inherent Resolve'],
    ['the local US-backed Syrian Democratic Forces (SDF) “needed more training', 'SDF', 'Syrian Democratic Forces'],
    ['the Springfield Water Authority (SWA) raised prices', 'SWA', 'Springfield Water Authority'],
    ['We both assess ISIS [Islamic State] is still a threat', 'ISIS', 'Islamic State'],
  ])('%s → %s = %s', (text, short, long) => {
    expect(acronymDefinitions(text)).toContainEqual({ short, long });
  });

  it('rejects a parenthesis whose letters do not match', () => {
    expect(acronymDefinitions('The city council (which met Monday) and the Water Board (WXB) met.')).toEqual([]);
  });

  it('unites an acronym with its long form across outlets', () => {
    const { articles, claims } = corpus([
      ['daily', 'The Springfield Water Authority (SWA) raised water prices again this spring.'],
      ['herald', 'The SWA said the price rise pays for new pipes.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    const swa = byAlias(topics, 'swa');
    expect(swa).toHaveLength(1);
    expect(swa[0]).toMatchObject({ label: 'Springfield Water Authority', kind: 'org', outletCount: 2 });
  });

  it.each([
    ['The Federal Aviation Administration said it would investigate. The FAA has grounded the fleet.', 'FAA', 'Federal Aviation Administration'],
    ['The National Transportation Safety Board sent a team, and the NTSB said it would report in a year.', 'NTSB', 'National Transportation Safety Board'],
    // a title may abbreviate before the body writes the name out
    ['NTSB to report on crash\nThe National Transportation Safety Board said it would report in a year.', 'NTSB', 'National Transportation Safety Board'],
    ['A spokesman for the Centers for Disease Control said the CDC was watching.', 'CDC', 'Centers for Disease Control'],
  ])('an acronym the same text writes out without brackets: %s', (text, short, long) => {
    expect(writtenOutAcronyms(text, tokenize(text))).toEqual([{ short, long }]);
    expect(acronymDefinitions(text)).toContainEqual({ short, long });
  });

  it.each([
    // Two written-out forms with the acronym's initials: neither is named by it.
    'The Water Board and the Western Bank both cut jobs; WB staff were told on Monday.',
    // A longer name holds the initials and goes on: another body.
    'The Federal Aviation Administration Office in Denver closed. The FAA said little.',
    // Two letters are too few to be sure of ("UK", "US").
    'The Upper Kennet scheme failed, UK officials said.',
    // Abbreviated before the body writes a name with its initials: another thing ("a Kind For Cures dispensary").
    'The KFC in Denver sells cannabis; it is a Kind For Cures dispensary.',
    // A lower-case run is no name.
    'The federal aviation agency was told; the FAA did not comment.',
  ])('no written-out acronym in: %s', (text) => {
    expect(writtenOutAcronyms(text, tokenize(text))).toEqual([]);
  });

  it('unites an acronym with the long form one article writes out, across outlets', () => {
    const { articles, claims } = corpus([
      ['daily', 'The Federal Aviation Administration said it would investigate the crash.'],
      ['herald', 'The Federal Aviation Administration has asked for the flight log. The FAA said it had opened an inquiry.'],
      ['post', 'The FAA has opened an investigation into the crash, a spokesperson confirmed.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    const faa = byAlias(topics, 'faa');
    expect(faa).toHaveLength(1);
    expect(faa[0]!.aliases).toContain('federal aviation administration');
    expect(faa[0]!.outletCount).toBe(3);
  });

  it('"which calls the X group, Y" joins the two names', () => {
    const { articles, claims } = corpus([
      ['daily', 'The NLF group claimed the attack, the report said.'],
      ['herald', 'The UN report, which calls the NLF group, NLFA, counted the attacks.'],
      ['post', 'NLFA fighters withdrew on Sunday.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    const nlf = byAlias(topics, 'nlf');
    expect(nlf).toHaveLength(1);
    expect(nlf[0]!.aliases).toContain('nlfa');
    expect(nlf[0]!.outletCount).toBe(3);
  });
});

describe('people', () => {
  it('joins a surname-only mention to the one full name ("Romanowski" → "Alina Romanowski")', () => {
    const { articles, claims } = corpus([
      ['daily', 'US Ambassador to Iraq Alina Romanowski said the work is not done.'],
      ['herald', 'Romanowski said the threat remains.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    const t = byAlias(topics, 'romanowski');
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ id: 'alina-romanowski', label: 'Alina Romanowski', kind: 'person', outletCount: 2 });
  });

  it('joins Sudani / al-Sudani / Mohammed Shia al-Sudani / Mohammed Al-Sudani into one person', () => {
    const { articles, claims } = corpus([
      ['daily', 'Iraqi Prime Minister Mohammed Shia al-Sudani told reporters the group is no threat.'],
      ['herald', 'Prime Minister Mohammed Al-Sudani receives the ambassador.'],
      ['post', 'Sudani will travel to Washington next month.'],
      ['times', 'Officials close to al-Sudani said the talks went well.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    const people = topics.filter((t) => t.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ label: 'Mohammed Shia al-Sudani', outletCount: 4 });
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['mohammed shia al-sudani', 'mohammed al-sudani', 'al-sudani']));
  });

  it('keeps two people with one surname apart, and leaves the bare surname unassigned', () => {
    const { articles, claims } = corpus([
      ['daily', 'Senator John Smith met Mayor Karen Smith.'],
      ['herald', 'Senator John Smith and Mayor Karen Smith disagreed. Smith said no.'],
    ]);
    const { topics } = mineTopics(articles, claims);
    expect(topics.filter((t) => t.kind === 'person').map((t) => t.label).sort()).toEqual(['John Smith', 'Karen Smith']);
    expect(byAlias(topics, 'smith')).toHaveLength(0);
  });

  it('a one-word name is no mention of its person where it is part of a longer, unknown name', () => {
    const person = (id: string, aliases: string[]): Topic => ({ id, label: id, kind: 'person', aliases, outletCount: 2, claimCount: 2, weight: 1 });
    const m = buildTopicMatcher([person('Peter', ['peter']), person('Brown', ['brown']), person('James Foley', ['james foley', 'foley'])]);
    // Another person: "Peter Neumann", "Chris Brown", "Diane Foley".
    expect(topicIdsIn(m, 'Professor Peter Neumann said authorities were likely questioning him.')).toEqual([]);
    expect(topicIdsIn(m, 'Singer Chris Brown was not in court.')).toEqual([]);
    expect(topicIdsIn(m, 'Diane Foley said her son was brave.')).toEqual([]);
    // A title word after the name is a surname ("Peter King"); before it, a title ("Officer Brown" below).
    expect(topicIdsIn(m, 'Rep. Peter King said the video was real.')).toEqual([]);
    expect(topicIdsIn(m, "Crowds filled St. Peter's Square on Sunday.")).toEqual([]);
    // The name itself, after a title, before a possessive's owner, a month or a verb, beside punctuation.
    expect(topicIdsIn(m, 'Peter said the video was real.')).toEqual(['Peter']);
    expect(topicIdsIn(m, 'Officer Brown ran away.')).toEqual(['Brown']);
    expect(topicIdsIn(m, "Brown's Facebook page was closed.")).toEqual(['Brown']);
    expect(topicIdsIn(m, 'On Tuesday Brown was shot.')).toEqual(['Brown']);
    expect(topicIdsIn(m, 'Peter, Brown and Foley met.')).toEqual(['Peter', 'Brown', 'James Foley']);
    // The longer name the matcher knows is matched first.
    expect(topicIdsIn(m, 'Diane Foley said her son James Foley was brave.')).toEqual(['James Foley']);
  });
});

describe('a non-seed subject: a city budget', () => {
  const docs: [string, string][] = [
    ['springfield-daily', 'The Springfield City Council voted on Monday to close the budget deficit. Mayor Jane Doe said the budget deficit is shrinking. The library hours will be cut.'],
    ['herald', 'Doe told the Springfield City Council that property taxes must rise. Critics say the budget deficit keeps growing and library hours matter.'],
    ['evening-post', 'The budget deficit of Springfield reached $12 million, the council said. Mayor Doe blamed pension costs and property taxes.'],
  ];
  const { articles, claims } = corpus(docs);
  const mined = mineTopics(articles, claims);

  it('finds the council, the mayor and the recurring concepts', () => {
    const labels = mined.topics.map((t) => `${t.label} (${t.kind})`);
    expect(labels).toEqual(expect.arrayContaining(['Springfield City Council (org)', 'Jane Doe (person)', 'budget deficit (concept)']));
    expect(byAlias(mined.topics, 'doe')[0]!.outletCount).toBe(3);
    expect(mined.topics.find((t) => t.id === 'property-taxes')?.outletCount).toBe(2);
  });

  it('fills claim topics without changing the input claims', () => {
    expect(claims.every((c) => c.topics.length === 0)).toBe(true);
    expect(mined.claims[0]!.topics).toEqual(expect.arrayContaining(['springfield-city-council', 'jane-doe', 'budget-deficit']));
  });

  it('is deterministic and independent of article order', () => {
    const again = mineTopics([...articles].reverse(), [...claims].reverse());
    expect(again.topics).toEqual(mined.topics);
  });

  it('needs two outlets: a name in one outlet only is not a topic', () => {
    expect(byAlias(mined.topics, 'library hours')).toHaveLength(1);
    expect(mined.topics.some((t) => t.aliases.includes('pension costs'))).toBe(false);
  });
});

describe('topic matcher (security-news lexicon: the "IS" context rule)', () => {
  underLexicon(SECURITY_NEWS_LEXICON);
  const topics: Topic[] = [
    { id: 'isis', label: 'ISIS', kind: 'org', aliases: ['isis', 'islamic state', 'daesh', 'is group'], outletCount: 2, claimCount: 0, weight: 2 },
    { id: 'us', label: 'US', kind: 'place', aliases: ['us', 'u.s.', 'united states', 'american'], outletCount: 2, claimCount: 0, weight: 2 },
    { id: 'pat-white', label: 'Pat White', kind: 'person', aliases: ['pat white', 'white'], outletCount: 2, claimCount: 0, weight: 2 },
    { id: 'resurgence', label: 'resurgence', kind: 'concept', aliases: ['resurgence', 'resurging'], outletCount: 2, claimCount: 0, weight: 2 },
  ];
  let m: TopicMatcher;
  beforeAll(() => {
    m = buildTopicMatcher(topics);
  });
  it.each([
    ['This is what it is.', []],
    ['The IS group is back.', ['isis']],
    ['the Islamic State (IS) said', ['isis']],
    ['IS fighters regrouped', ['isis']],
    ['ISIS IS BACK', ['isis']],
    ['Let us go.', []],
    ['US troops left; the U.S. stayed.', ['us']],
    ['a white house', []],
    ['According to White, the attacks grew.', ['pat-white']],
    ['ISIS is resurging; its Resurgence worries the US.', ['isis', 'resurgence', 'us']],
    ['Daesh’s fighters', ['isis']],
  ])('%s → %o', (text, ids) => {
    expect(topicIdsIn(m, text)).toEqual(ids);
  });
  it('numbers a text\'s distinct words once (wordTable), and matches the same with the table as without', () => {
    const text = 'The US said the US troops and ISIS fighters left; ISIS is resurging in the US.';
    const tokens = tokenize(text);
    const words = wordTable(tokens);
    expect(words.norms).toEqual([...new Set(tokens.map((t) => t.norm))]);
    tokens.forEach((t, k) => expect(words.norms[words.ids[k]!]).toBe(t.norm));
    expect(matchTopics(m, text, tokens, words)).toEqual(matchTopics(m, text, tokenize(text)));
    expect(matchTopics(m, text, tokens, words).map((h) => h.topicId)).toEqual(['us', 'us', 'isis', 'isis', 'resurgence', 'us']);
  });
  it('a name starting with a stop word matches only when that word is in capitals (the walk skips "the"/"The")', () => {
    const base: Topic = { id: 'the-base', label: 'The Base', kind: 'org', aliases: ['The Base'], outletCount: 2, claimCount: 2, weight: 1 };
    const mb = buildTopicMatcher([base]);
    expect(topicIdsIn(mb, 'They left the Base at dawn.')).toEqual([]);
    expect(topicIdsIn(mb, 'They left The Base at dawn.')).toEqual([]);
    expect(matchTopics(mb, 'They left THE Base at dawn.').map((h) => h.text)).toEqual(['THE Base']);
  });
  it('reports offsets and surface text of mentions', () => {
    const text = 'They say Daesh is resurging.';
    const hits = matchTopics(m, text);
    expect(hits.map((h) => [h.text, text.slice(h.start, h.end)])).toEqual([
      ['Daesh', 'Daesh'],
      ['resurging', 'resurging'],
    ]);
  });
});

describe('topic matcher with the general lexicon (what the extension runs) over the seed pack\'s topics', () => {
  underLexicon(GENERAL_LEXICON);
  it('still finds the seed subject under the names its pack mined (ISIS, Islamic State, Daesh, "IS group")', () => {
    const matcher = buildTopicMatcher(seedCorpus().pack.topics);
    const forms = new Set<string>();
    for (const f of seedFiles()) {
      const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
      const hits = matchTopics(matcher, text).filter((h) => h.topicId === 'isis');
      expect(hits.length, f).toBeGreaterThan(0);
      for (const h of hits) forms.add(h.text.replace(/['’]s$/, ''));
    }
    for (const form of ['ISIS', 'Islamic State', 'Daesh', 'IS group']) expect(forms).toContain(form);
    // Without the subject's context rule a bare "IS" stays unread, never the verb.
    expect(topicIdsIn(matcher, 'This is what it is.')).toEqual([]);
  });
});
