/**
 * Words that mark a reported statement: "X said", "according to Y", "the report found".
 * Inflected forms are listed explicitly so matching is a set look-up, not morphology.
 */

/** Verbs (all forms that introduce speech) after which the subject is the speaker. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'warned', 'warns',
  'noted', 'notes', 'added', 'adds', 'explained', 'explains', 'stated', 'states', 'declared',
  'declares', 'asserted', 'asserts', 'confirmed', 'confirms', 'denied', 'denies', 'argued', 'argues',
  'insisted', 'insists', 'wrote', 'writes', 'reported', 'reports', 'announced', 'announces',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'suggested', 'suggests', 'estimated',
  'estimates', 'found', 'finds', 'determined', 'determines', 'concluded', 'concludes',
  'highlighted', 'highlights', 'cited', 'cites', 'stressed', 'stresses', 'emphasized', 'emphasised',
  'emphasizes', 'emphasises', 'maintained', 'predicted', 'predicts', 'revealed', 'reveals',
  'disclosed', 'alleged', 'alleges', 'accused', 'accuses', 'threatened', 'threatens', 'pledged',
  'promised', 'vowed', 'vows', 'urged', 'urges', 'called', 'recalled', 'remarked', 'observed',
  'commented', 'responded', 'replied', 'answered', 'tweeted', 'posted', 'testified', 'briefed',
  'believes', 'believed', 'thinks', 'thought', 'showed', 'shows', 'indicated', 'indicates',
  'projected', 'projects', 'forecast', 'forecasts', 'read', 'reads', 'conceded', 'concedes',
  'countered', 'counters', 'contended', 'contends', 'asked', 'asks', 'explaining', 'saying',
  'adding', 'noting', 'warning', 'claiming', 'arguing', 'insisting',
];

/** Set form of {@link REPORTING_VERBS}. */
export const REPORTING_VERB_SET: ReadonlySet<string> = new Set(REPORTING_VERBS);

/**
 * Verbs that only count as reporting when followed by speech ("believes the group has..."),
 * i.e. weak evidence: the speaker is kept but a sentence is not promoted to a statement on them alone.
 */
export const WEAK_REPORTING_VERBS: ReadonlySet<string> = new Set([
  'believes', 'believed', 'thinks', 'thought', 'showed', 'shows', 'called', 'asked', 'asks',
  'read', 'reads', 'found', 'finds', 'posted', 'indicated', 'indicates', 'projects', 'forecast',
]);

/** Present participles used in trailing attributions ("..., adding that"), which continue a speaker. */
export const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'explaining', 'saying', 'adding', 'noting', 'warning', 'claiming', 'arguing', 'insisting',
]);

/** Phrases whose object is the source: "according to the US report". Lower case. */
export const SOURCE_PHRASES: readonly string[] = ['according to', 'as reported by', 'citing', 'cited by', 'quoted by', 'in the words of'];

/**
 * Nouns naming documents that can "say" things, grouped so "the motion" can resolve to a
 * resolution named earlier. Lower case, singular.
 */
export const DOCUMENT_NOUN_GROUPS: readonly (readonly string[])[] = [
  ['report', 'study', 'assessment', 'audit', 'review', 'survey', 'analysis', 'investigation', 'inquiry', 'paper'],
  ['resolution', 'motion', 'bill', 'law', 'decree', 'order', 'measure'],
  ['statement', 'communique', 'communiqué', 'release', 'letter', 'memo', 'memorandum', 'document', 'cable'],
  ['poll', 'census'],
];

/** Verbs that create a document: "parliament passed a resolution" names it "parliament resolution". */
export const DOCUMENT_CREATION_VERBS: ReadonlySet<string> = new Set([
  'passed', 'adopted', 'issued', 'released', 'published', 'approved', 'produced', 'commissioned',
  'filed', 'sent', 'unveiled', 'presented',
]);

/**
 * Lower-case words that may qualify a document noun in its name ("the 2023 city audit",
 * "the quarterly report", "the annual police review"). Lower case.
 */
export const DOCUMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'annual', 'quarterly', 'monthly', 'weekly', 'biannual', 'internal', 'official', 'independent',
  'final', 'preliminary', 'interim', 'draft', 'new', 'latest', 'recent', 'city', 'state', 'federal',
  'national', 'government', 'police', 'budget', 'financial', 'forensic', 'safety', 'environmental',
  'intelligence', 'military', 'parliamentary', 'congressional', 'county', 'municipal', 'regional',
  'public', 'confidential', 'classified', 'leaked', 'joint', 'special', 'inspector', 'general',
  'watchdog', 'audit', 'census', 'health', 'school', 'court', 'oversight', 'progress',
]);

/**
 * Qualifiers that do not tell documents apart ("the official report", "the US report", "the new
 * study"): a mention qualified only by these (and by place names) resolves to the best name the
 * article gives the document. Lower case.
 */
export const GENERIC_DOCUMENT_QUALIFIERS: ReadonlySet<string> = new Set([
  'new', 'latest', 'recent', 'official', 'final', 'full', 'same', 'earlier', 'previous', 'original',
  'city', 'state', 'federal', 'national', 'government', 'public', 'internal', 'independent', 'leaked',
]);

/**
 * Verbs of plain speech that end a speaker phrase opening a sentence ("Clare Gillis, a colleague, said his …"): the
 * words before one are who is talking, not what the sentence is about (a narrow set: "found", "reported" often take
 * the subject of the finding).
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'explained', 'noted', 'warned']);
