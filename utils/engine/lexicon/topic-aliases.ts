/**
 * Well-known equivalences between names (ISIS = ISIL = Daesh = Islamic State, UN = United Nations),
 * kept deliberately small and general. Countries and their demonyms come from places.ts (PLACES).
 * Topic mining adds the aliases it finds in the texts themselves (parenthetical acronyms,
 * "which calls X, Y"); this file only covers what texts rarely spell out.
 * All forms are lower-case surface forms as written ("u.s.", "al-qaeda").
 */
import type { TopicKind } from '../types';

/** A group of names for one thing. The first form is the preferred label (written as `label`). */
export interface AliasGroup {
  label: string;
  kind: TopicKind;
  aliases: readonly string[];
}

/** Organisations and other non-country entities known by several names. */
export const ALIAS_GROUPS: readonly AliasGroup[] = [
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

/**
 * Aliases that are ordinary words in lower case and only name the entity in a specific context:
 * "IS" is the Islamic State only as an upper-case token followed by one of `next` ("IS group") or
 * written in parentheses ("the Islamic State (IS)"), never the verb "is".
 */
export const CONTEXT_ALIASES: Readonly<Record<string, { next: readonly string[]; parens: boolean }>> = {
  is: {
    next: ['group', 'groups', 'militant', 'militants', 'fighter', 'fighters', 'jihadist', 'jihadists', 'terrorist',
      'terrorists', 'caliphate', 'leader', 'leaders', 'member', 'members', 'cell', 'cells', 'attack', 'attacks', 'propaganda'],
    parens: true,
  },
};

/** Place words: a capitalised sequence ending in one of these names a place ("Houran Valley"). */
export const PLACE_WORDS: readonly string[] = [
  'province', 'city', 'county', 'valley', 'river', 'island', 'islands', 'sea', 'ocean', 'mountains', 'mountain',
  'airport', 'base', 'airbase', 'street', 'square', 'region', 'district', 'prison', 'camp', 'desert', 'gulf', 'strait',
  'peninsula', 'lake', 'bay', 'coast', 'emirate', 'governorate', 'village', 'town', 'heights', 'strip',
];

/** Organisation words: a capitalised sequence ending in one of these names an organisation ("Quds Force"). */
export const ORG_WORDS: readonly string[] = [
  'group', 'force', 'forces', 'department', 'ministry', 'coalition', 'office', 'agency', 'council', 'party', 'bank',
  'university', 'institute', 'units', 'unit', 'committee', 'army', 'navy', 'reserve', 'court', 'commission',
  'organization', 'organisation', 'company', 'corporation', 'corp', 'inc', 'ltd', 'news', 'times', 'post', 'review',
  'press', 'association', 'union', 'network', 'service', 'services', 'parliament', 'congress', 'senate', 'house',
  'fund', 'foundation', 'center', 'centre', 'authority', 'board', 'bureau', 'command', 'brigade', 'brigades',
  'movement', 'front', 'guard', 'guards', 'police', 'government', 'administration', 'embassy', 'mission', 'media',
  'journal', 'herald', 'tribune', 'channel', 'tv', 'radio', 'agency', 'cabinet', 'assembly', 'league',
];

/**
 * Titles that precede a person's name ("Maj. Gen.", "Minister", "Ambassador"). A capitalised sequence
 * containing one is split: words before the title phrase are their own entity ("US", "Pentagon"),
 * the words after it are the person.
 */
export const PERSON_TITLES: readonly string[] = [
  'president', 'minister', 'premier', 'chancellor', 'maj', 'major', 'gen', 'general', 'lt', 'lieutenant', 'col',
  'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'ambassador', 'envoy',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'mp', 'sheikh', 'ayatollah', 'imam', 'rev', 'reverend', 'bishop',
  'ceo', 'director', 'professor', 'prof', 'chairman', 'chairwoman', 'emir', 'marshal', 'brig', 'brigadier', 'analyst',
];

/** Words that belong to a title phrase only next to a title ("Press Secretary", "Secretary of State", "Prime Minister"). */
export const PERSON_TITLE_PARTS: readonly string[] = [
  'vice', 'prime', 'press', 'foreign', 'defense', 'defence', 'interior', 'finance', 'state', 'affairs', 'crown',
  'field', 'deputy', 'chief', 'general', 'executive', 'inspector', 'attorney', 'supreme', 'former', 'acting',
];
