/**
 * Words that make a capitalised sequence a place, an organisation or a person's title. Alias groups of names
 * (UN = United Nations, and per subject ISIS = Daesh) live in domain.ts behind the domain-lexicon option;
 * countries and their demonyms come from places.ts (PLACES). Topic mining adds the aliases it finds in the
 * texts themselves (parenthetical acronyms, "which calls X, Y").
 */

export type { AliasGroup } from './domain';

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
