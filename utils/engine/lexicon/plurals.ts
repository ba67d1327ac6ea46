/**
 * English plurals the regular rules get wrong (wordtokens.ts `singular` / `plural`): irregular forms, nouns ending in
 * -s in the singular, and the -es plurals whose singular keeps its "e" or drops it. Lower case. Only what news prose
 * counts or names is listed; the rules cover the rest ("nurses" → nurse, "buses" → bus, "taxes" → tax).
 */

/** Irregular plural → singular ("people" → person, "lives" → life, "crises" → crisis). */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', oxen: 'ox', criteria: 'criterion', phenomena: 'phenomenon',
  servicemen: 'serviceman', servicewomen: 'servicewoman', gunmen: 'gunman', policemen: 'policeman',
  policewomen: 'policewoman', firemen: 'fireman', fishermen: 'fisherman', spokesmen: 'spokesman',
  spokeswomen: 'spokeswoman', chairmen: 'chairman', congressmen: 'congressman', businessmen: 'businessman',
  // -f / -fe nouns whose plural ends in -ves (most -ves plurals keep the v: "drives", "executives", "reserves")
  lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf', shelves: 'shelf', thieves: 'thief',
  calves: 'calf', loaves: 'loaf', selves: 'self', wolves: 'wolf', scarves: 'scarf', hooves: 'hoof', wharves: 'wharf',
  // Greek -is nouns: their plural is -es ("analyses", "crises", "diagnoses")
  crises: 'crisis', analyses: 'analysis', theses: 'thesis', hypotheses: 'hypothesis', diagnoses: 'diagnosis',
  prognoses: 'prognosis', syntheses: 'synthesis', parentheses: 'parenthesis', emphases: 'emphasis', oases: 'oasis',
  synopses: 'synopsis', neuroses: 'neurosis', psychoses: 'psychosis', metastases: 'metastasis', paralyses: 'paralysis',
  prostheses: 'prosthesis', nemeses: 'nemesis',
  // Latin and doubled forms
  alumni: 'alumnus', bacteria: 'bacterium', quizzes: 'quiz',
};

/** Singular → plural of {@link IRREGULAR_PLURALS}. */
export const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(IRREGULAR_PLURALS).map(([p, s]) => [s, p]));

/**
 * Nouns ending in -s that are singular or the same in both numbers ("news", "series", "bus", "lens"): never cut.
 * Words ending in -ss, -us and -is are left by rule, -ics ones by {@link ICS_SINGULARS}.
 */
export const S_SINGULARS: ReadonlySet<string> = new Set([
  'news', 'series', 'species', 'means', 'headquarters', 'barracks', 'crossroads', 'whereabouts', 'gallows', 'innings',
  'diabetes', 'measles', 'rabies', 'herpes', 'mumps', 'lens', 'bias', 'alias', 'atlas', 'canvas', 'gas', 'pancreas',
  'christmas', 'chaos', 'ethos', 'pathos', 'kudos', 'cosmos', 'thermos', 'asbestos',
]);

/**
 * Singulars in -us, -as, -ss whose plural adds -es ("buses", "viruses", "gases"): the -es goes with them. Other "-uses" /
 * "-ases" plurals keep their e ("causes", "houses", "cases", "databases").
 */
export const ES_AFTER_S: ReadonlySet<string> = new Set([
  'bus', 'minibus', 'omnibus', 'virus', 'bonus', 'campus', 'status', 'census', 'consensus', 'focus', 'circus', 'chorus',
  'genius', 'surplus', 'stimulus', 'caucus', 'prospectus', 'apparatus', 'syllabus', 'thesaurus', 'sinus', 'fetus',
  'foetus', 'cactus', 'octopus', 'walrus', 'hiatus', 'nexus', 'plus', 'minus', 'bias', 'alias', 'atlas', 'canvas', 'gas',
  'lens', 'iris', 'corpus', 'exodus', 'impetus', 'onus', 'terminus',
]);

/**
 * Nouns in -ics that name a field or a matter and are singular ("politics", "economics"); other -ics words are plurals
 * of -ic nouns ("clinics", "critics", "paramedics").
 */
export const ICS_SINGULARS: ReadonlySet<string> = new Set([
  'physics', 'politics', 'economics', 'mathematics', 'maths', 'ethics', 'logistics', 'athletics', 'genetics', 'electronics',
  'acoustics', 'aesthetics', 'analytics', 'dynamics', 'linguistics', 'robotics', 'semantics', 'obstetrics', 'paediatrics',
  'pediatrics', 'aerobics', 'gymnastics', 'optics', 'forensics', 'geopolitics', 'econometrics', 'informatics',
  'thermodynamics', 'aeronautics', 'astronautics', 'avionics', 'ceramics', 'classics', 'civics', 'demographics',
  'graphics', 'hydraulics', 'mechanics', 'metrics', 'olympics', 'paralympics', 'statistics', 'tactics', 'ballistics',
  'diagnostics', 'therapeutics', 'genomics', 'phonetics', 'pharmaceutics', 'cybernetics', 'heroics',
  'histrionics', 'hysterics', 'theatrics', 'antics', 'basics', 'specifics', 'lyrics',
]);

/** Singulars in -che ("headaches", "niches"): their plural ends in -ches but keeps the e. */
export const CHE_SINGULARS: ReadonlySet<string> = new Set([
  'ache', 'headache', 'backache', 'toothache', 'stomachache', 'niche', 'cache', 'avalanche', 'cliche', 'psyche',
  'creche', 'moustache', 'mustache', 'microfiche', 'quiche', 'douche', 'attache', 'tranche', 'panache', 'cloche',
]);

/** Singulars in -o whose plural adds -es ("heroes", "vetoes"); others add -s ("photos", "videos", "shoes" of shoe). */
export const O_ES_SINGULARS: ReadonlySet<string> = new Set([
  'hero', 'potato', 'tomato', 'echo', 'veto', 'torpedo', 'volcano', 'tornado', 'mosquito', 'embargo', 'domino',
  'mango', 'cargo', 'buffalo', 'motto', 'grotto',
]);

/** Singulars in -ie ("movies", "cookies"): their plural ends in -ies but is no -y noun. */
export const IE_SINGULARS: ReadonlySet<string> = new Set([
  'movie', 'cookie', 'rookie', 'zombie', 'selfie', 'calorie', 'prairie', 'brownie', 'hippie', 'genie', 'goalie',
  'auntie', 'hoodie', 'smoothie', 'freebie', 'newbie', 'veggie', 'sortie', 'lingerie', 'pixie', 'yuppie', 'birdie',
  'boogie', 'talkie', 'walkie-talkie', 'necktie', 'bowtie', 'hottie', 'sweetie', 'junkie', 'techie', 'foodie',
  'bookie', 'groupie', 'eyrie', 'menagerie', 'coterie', 'reverie', 'camaraderie',
]);
