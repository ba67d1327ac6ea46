/**
 * Domain lexicons: the vocabulary that only one subject needs, behind ONE engine option, so the engine's
 * defaults stay general and a subject's knowledge is a choice, not a hidden bias.
 *
 * The general lexicon (the default, and what the extension runs with) holds well-known equivalences any
 * reader expects (UN = United Nations, NATO, WHO) and anaphors that work for any organisation ("the group").
 * A domain lexicon adds what a subject's texts rarely spell out: for security news, ISIS = Daesh = ISIL and the
 * "IS" context rule, the nouns reporters use for an armed group ("the militants"), direction idioms ("on the
 * ropes", "survival posture"), and the down-weighting of country names that every article of a one-region corpus
 * shares. Everything else a corpus needs (its own aliases, "Islamic State (IS)") is mined from its texts.
 *
 * The option is set once per process before any text is analysed ({@link setDomainLexicon}); the CLI and the
 * seed-pack build take it as a flag. Caches that depend on it (alias data, topic matcher, cue tables) check
 * {@link domainLexiconGeneration} and rebuild when it moves.
 */
import type { Topic, TopicKind } from '../types';
import type { DirectionCue } from './direction-words';

/** A group of names for one thing. The first form is the preferred label (written as `label`). */
export interface AliasGroup {
  label: string;
  kind: TopicKind;
  aliases: readonly string[];
}

/** A one-word alias that is an ordinary word in lower case ("is"): a name only before one of `next` or in parentheses. */
export interface ContextAlias {
  next: readonly string[];
  parens: boolean;
}

/** The subject-specific vocabulary of one domain. */
export interface DomainLexicon {
  /** Stable id, as given on the command line (`--domain security-news`). */
  id: string;
  /** Organisations and other entities known by several names. */
  aliasGroups: readonly AliasGroup[];
  /** Context-only aliases, keyed by their lower-case form; each must also be an alias of one of `aliasGroups`. */
  contextAliases: Readonly<Record<string, ContextAlias>>;
  /** Nouns after "the" that open a claim by referring back to an organisation named earlier ("the militants"). */
  anaphorNouns: readonly string[];
  /** Extra direction cues (added to the general growth / diminish lists in direction-words.ts). */
  growthPhrases: readonly DirectionCue[];
  diminishPhrases: readonly DirectionCue[];
  /**
   * Weight of a country name when no corpus statistics are at hand (1 = like any word). A corpus about one
   * region shares its countries in every text, so for it a shared country says little; corpus statistics (IDF)
   * make the same point on their own when they exist.
   */
  countryWeight: number;
}

/** Aliases any general news reader expects; no armed groups, no single region. */
const GENERAL_ALIAS_GROUPS: readonly AliasGroup[] = [
  { label: 'United Nations', kind: 'org', aliases: ['united nations', 'un', 'u.n.'] },
  { label: 'UN Security Council', kind: 'org', aliases: ['un security council', 'united nations security council', 'security council', 'unsc'] },
  { label: 'European Union', kind: 'org', aliases: ['european union', 'eu', 'e.u.'] },
  { label: 'NATO', kind: 'org', aliases: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation', 'otan'] },
  { label: 'World Health Organization', kind: 'org', aliases: ['world health organization', 'world health organisation', 'who'] },
  { label: 'International Monetary Fund', kind: 'org', aliases: ['international monetary fund', 'imf'] },
  { label: 'World Bank', kind: 'org', aliases: ['world bank'] },
  { label: 'Pentagon', kind: 'org', aliases: ['pentagon', 'us department of defense', 'department of defense', 'defense department', 'dod'] },
  { label: 'US State Department', kind: 'org', aliases: ['state department', 'us state department', 'department of state'] },
  { label: 'CIA', kind: 'org', aliases: ['cia', 'central intelligence agency'] },
  { label: 'FBI', kind: 'org', aliases: ['fbi', 'federal bureau of investigation'] },
  { label: 'White House', kind: 'org', aliases: ['white house'] },
  { label: 'Kremlin', kind: 'org', aliases: ['kremlin'] },
  { label: 'Reuters', kind: 'org', aliases: ['reuters', 'thomson reuters'] },
  { label: 'Associated Press', kind: 'org', aliases: ['associated press', 'ap'] },
  { label: 'AFP', kind: 'org', aliases: ['afp', 'agence france-presse', 'agence france presse'] },
  { label: 'BBC', kind: 'org', aliases: ['bbc', 'british broadcasting corporation'] },
  { label: 'CNN', kind: 'org', aliases: ['cnn', 'cable news network'] },
  { label: 'COVID-19', kind: 'concept', aliases: ['covid-19', 'covid', 'covid19', 'coronavirus', 'sars-cov-2', 'novel coronavirus'] },
];

/** The default: what every subject can use. */
export const GENERAL_LEXICON: DomainLexicon = {
  id: 'general',
  aliasGroups: GENERAL_ALIAS_GROUPS,
  contextAliases: {},
  anaphorNouns: ['group', 'organisation', 'organization', 'movement'],
  growthPhrases: [],
  diminishPhrases: [],
  countryWeight: 0.4,
};

/** Security news (armed groups, wars, counter-terrorism): the seed corpus's subject. */
export const SECURITY_NEWS_LEXICON: DomainLexicon = {
  id: 'security-news',
  aliasGroups: [
    {
      label: 'ISIS',
      kind: 'org',
      aliases: [
        'isis', 'isil', 'is', 'daesh', 'da\'esh', 'islamic state', 'islamic state group', 'is group',
        'islamic state of iraq and syria', 'islamic state in iraq and syria', 'islamic state of iraq and the levant',
        'islamic state in iraq and the levant', 'islamic state of iraq and al-sham',
      ],
    },
    { label: 'al-Qaeda', kind: 'org', aliases: ['al-qaeda', 'al qaeda', 'al-qaida', 'al qaida', 'alqaeda', 'al-qa\'ida'] },
    { label: 'Taliban', kind: 'org', aliases: ['taliban', 'the taliban'] },
    { label: 'Hezbollah', kind: 'org', aliases: ['hezbollah', 'hizbollah', 'hizballah', 'hizbullah'] },
    { label: 'Boko Haram', kind: 'org', aliases: ['boko haram'] },
    ...GENERAL_ALIAS_GROUPS,
  ],
  // "IS" is the Islamic State only as an upper-case token before one of these words ("IS group") or written
  // "(IS)", never the verb "is".
  contextAliases: {
    is: {
      next: ['group', 'groups', 'militant', 'militants', 'fighter', 'fighters', 'jihadist', 'jihadists', 'terrorist',
        'terrorists', 'caliphate', 'leader', 'leaders', 'member', 'members', 'cell', 'cells', 'attack', 'attacks', 'propaganda'],
      parens: true,
    },
  },
  anaphorNouns: [...GENERAL_LEXICON.anaphorNouns, 'militants', 'jihadists', 'militia', 'terror group', 'terrorist group', 'extremists'],
  growthPhrases: [],
  diminishPhrases: [
    { words: 'survival posture', weight: 1.5 },
    { words: 'on the ropes', weight: 1.5 },
  ],
  countryWeight: 0.4,
};

/** Every lexicon the CLI and scripts can name. */
export const DOMAIN_LEXICONS: Readonly<Record<string, DomainLexicon>> = {
  [GENERAL_LEXICON.id]: GENERAL_LEXICON,
  [SECURITY_NEWS_LEXICON.id]: SECURITY_NEWS_LEXICON,
};

let active: DomainLexicon = GENERAL_LEXICON;
let generation = 0;

/**
 * Sets the engine's domain lexicon (the one engine option for subject vocabulary). Call before analysing:
 * texts prepared under another lexicon keep what they were prepared with.
 */
export function setDomainLexicon(lexicon: DomainLexicon): void {
  if (lexicon === active) return;
  active = lexicon;
  generation++;
}

/** The lexicon in force ({@link GENERAL_LEXICON} unless a caller chose another). */
export function domainLexicon(): DomainLexicon {
  return active;
}

/** Moves each time the lexicon changes; caches built from it compare this to know they are stale. */
export function domainLexiconGeneration(): number {
  return generation;
}

let corpusGroups: readonly AliasGroup[] = [];
let corpusKey: object | null = null;

/**
 * Adds what a corpus's own mining found to the lexicon's alias data: each mined name topic with several names
 * ("ISIS" = "Daesh" = "Islamic State" in a pack mined with them, "Islamic State (IS)" defined in a text) becomes an
 * alias group, so two texts naming one organisation differently still meet on it. `topics` is a corpus's topic
 * map; calling again with the same map is free (page matching calls this for every page).
 */
export function useCorpusAliases(topics: ReadonlyMap<string, Topic>): void {
  if (topics === corpusKey) return;
  const groups: AliasGroup[] = [];
  for (const t of topics.values()) {
    if (t.kind === 'concept' || t.kind === 'place' || t.aliases.length < 2) continue;
    groups.push({ label: t.label, kind: t.kind, aliases: t.aliases });
  }
  corpusKey = topics;
  corpusGroups = groups;
  generation++;
}

/** The alias groups of the corpus in use ({@link useCorpusAliases}), added after the lexicon's and the countries'. */
export function corpusAliasGroups(): readonly AliasGroup[] {
  return corpusGroups;
}

/**
 * Runs `fn` with `groups` as the corpus's alias groups, then puts the groups in use back. For a computation that must
 * not depend on the corpus (the claim-features version's probe, utils/engine/claim-features.ts). Moves the
 * generation twice (caches built from the alias data rebuild once after), so call it rarely.
 */
export function withCorpusAliasGroups<T>(groups: readonly AliasGroup[], fn: () => T): T {
  const saved = { groups: corpusGroups, key: corpusKey };
  corpusGroups = groups;
  corpusKey = null;
  generation++;
  try {
    return fn();
  } finally {
    corpusGroups = saved.groups;
    corpusKey = saved.key;
    generation++;
  }
}
