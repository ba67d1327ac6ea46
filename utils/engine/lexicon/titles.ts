/**
 * Honorifics, ranks, offices and role nouns. A speaker phrase is a run of these plus name words:
 * "Pentagon spokesman Major Pete Nguyen", "US Ambassador to Iraq Alina Romanowski".
 */

/** Lower-case title / role words (without trailing dots). Capitalised or not in text. */
export const TITLE_WORDS: readonly string[] = [
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'sheikh', 'imam', 'rabbi', 'father', 'sister', 'brother', 'king', 'queen', 'prince', 'princess',
  'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'ayatollah',
  // military ranks (full and abbreviated)
  'gen', 'general', 'lt', 'lieutenant', 'maj', 'major', 'col', 'colonel', 'capt', 'captain',
  'cmdr', 'cdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt',
  'private', 'brig', 'brigadier', 'marshal', 'field', 'rear', 'vice', 'staff', 'chief', 'officer',
  'commandant', 'ensign', 'airman', 'lance', 'warrant',
  // offices and roles
  'president', 'vice-president', 'prime', 'minister', 'premier', 'chancellor', 'secretary',
  'ambassador', 'envoy', 'consul', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'press', 'senator', 'sen', 'representative', 'rep', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'deputy', 'governor', 'gov', 'mayor',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'speaker', 'chairman', 'chairwoman',
  'chair', 'chairperson', 'director', 'head', 'leader', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'executive', 'manager', 'administrator', 'inspector', 'auditor', 'commissioner', 'attorney',
  'prosecutor', 'judge', 'justice', 'lawyer', 'counsel', 'advisor', 'adviser', 'analyst', 'expert',
  'economist', 'researcher', 'scientist', 'physician', 'doctor', 'nurse', 'epidemiologist',
  'virologist', 'investigator', 'official', 'officials', 'correspondent', 'editor', 'journalist',
  'reporter', 'columnist', 'author', 'activist', 'campaigner', 'organizer', 'organiser', 'coordinator',
  'superintendent', 'treasurer', 'comptroller', 'controller', 'dean', 'rector', 'principal',
  'teacher', 'coach', 'captain', 'owner', 'partner', 'president-elect', 'candidate', 'nominee',
  'negotiator', 'mediator', 'monitor', 'observer', 'delegate', 'representative', 'member',
];

/** Set form of {@link TITLE_WORDS}. */
export const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORDS);

/**
 * Lower-case modifiers that may stand inside a title phrase before a role noun
 * ("political analyst", "principal deputy inspector general", "former minister").
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'senior', 'junior', 'top', 'acting', 'interim', 'deputy', 'assistant', 'associate',
  'principal', 'political', 'military', 'foreign', 'defense', 'defence', 'security', 'finance',
  'health', 'interior', 'justice', 'local', 'regional', 'state', 'federal', 'national', 'city',
  'county', 'independent', 'leading', 'chief', 'general', 'vice', 'lead', 'special', 'government',
  'public', 'economic', 'legal', 'veteran', 'retired', 'then', 'outgoing', 'incoming', 'newly',
  'elected', 'appointed', 'budget', 'police', 'fire', 'school', 'education', 'hospital', 'medical',
  'clinical', 'trial', 'research', 'science', 'press', 'media', 'communications', 'spokesman',
]);

/** Connectors allowed inside a title after a role word: "Ambassador to Iraq", "Secretary of State". */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'at', 'on']);

/** Name particles written in lower case inside personal names ("Mohammed Shia al-Sudani", "van der Berg"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den',
  'la', 'le', 'dos', 'das', 'del', 'della', 'ter', 'ten', 'y',
]);

/** Pronouns that refer back to a speaker, by what they refer to. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'person' | 'thing' | 'any'>> = {
  he: 'person',
  she: 'person',
  it: 'thing',
  they: 'any',
};

/**
 * Nouns that, with a determiner, refer to an organisation or body rather than a person
 * ("the ministry said"): used so "it said" can resolve to them.
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'government', 'administration', 'council',
  'committee', 'commission', 'parliament', 'congress', 'senate', 'court', 'army', 'military',
  'coalition', 'alliance', 'watchdog', 'group', 'company', 'firm', 'bank', 'university', 'institute',
  'organization', 'organisation', 'authority', 'authorities', 'police', 'board', 'union', 'party',
  'campaign', 'embassy', 'mission', 'service', 'cabinet', 'presidency', 'regulator', 'spokesperson',
  'sources', 'source', 'officials', 'ministry', 'hospital', 'city', 'state', 'county', 'team',
]);

/**
 * Capitalised last words that mark a name as an organisation or publication rather than a person
 * ("Human Rights Watch", "Riverton Gazette", "Associated Press"). Lower case. Used only to tell
 * people from organisations, so "he said" never resolves to one.
 */
export const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new Set([
  'watch', 'foundation', 'association', 'center', 'centre', 'network', 'society', 'fund', 'corporation',
  'corp', 'inc', 'ltd', 'llc', 'group', 'times', 'post', 'news', 'journal', 'gazette', 'herald',
  'tribune', 'review', 'press', 'reuters', 'bloomberg', 'telegraph', 'monitor', 'observer', 'daily',
  'weekly', 'magazine', 'television', 'tv', 'radio', 'broadcasting', 'media', 'agency', 'ministry',
  'department', 'office', 'council', 'committee', 'commission', 'institute', 'university', 'bank',
  'pentagon', 'kremlin', 'house', 'hall', 'nations', 'union', 'forces', 'army', 'court',
]);

/**
 * Plural role nouns naming a group of unnamed people ("officials", "commanders", "analysts"). A
 * bare one is replaced by a fuller phrase for the same group when the article gives one
 * ("senior US commanders", "Western officials"). Lower case.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'commanders', 'analysts', 'experts', 'diplomats', 'sources', 'researchers',
  'scientists', 'economists', 'lawmakers', 'legislators', 'officers', 'investigators', 'advisers',
  'advisors', 'leaders', 'members', 'residents', 'witnesses', 'critics', 'activists', 'authorities',
  'negotiators', 'observers', 'monitors', 'prosecutors', 'auditors', 'inspectors', 'spokespeople',
  'representatives', 'delegates', 'campaigners', 'doctors', 'nurses', 'teachers', 'executives',
  'managers', 'ministers', 'senators', 'generals', 'soldiers', 'troops', 'militants', 'rebels',
]);
