/**
 * Whether anyone died or was hurt, answered both ways: "No deaths have been reported" against "A Kessling woman who
 * fell ill … died on Thursday"; "No one was injured" against "Two workers were hurt when the span gave way". News
 * reports the toll of every fire, crash, collapse and outbreak, and early reports of none are often contradicted by
 * later ones; neither a negation of a shared word nor a figure row sees it ("no deaths" is no count, "died" no noun).
 *
 * Pure patterns on the sentence, no parse:
 * - none: "no (reported / serious) deaths / fatalities / injuries / casualties", "no reports of injuries", "no one
 *   (was) killed / hurt / injured / died", "nobody …"; not "no further / other deaths" (which says there was one),
 *   nor a span of time ("no deaths since 2019", "in years"), nor a hedge ("could have been");
 * - some: "died", "was / were killed", "N dead", "N deaths", "confirmed the death", "death toll" (not "the death of" someone
 *   or "his death", mostly a past one: "since the death of his father", "before his death"); "was / were injured / hurt /
 *   wounded", "N injured", "injuring N", "suffered … injuries" — stated, not negated, hedged, conditional or of
 *   another event ("in 2022", "last year", "a separate", "an earlier").
 * - a positive test, or none: "No (other) rider has returned a positive test", "no one else has tested positive" against
 *   "a second rider had tested positive", "two cooks tested positive", "failed a drug test" (blind subject of session 26);
 *   a none of the others ("no other") is answered only by a further one ("a second", "another"), not the one it grants;
 *   a none of every time ("has never failed a drug test") also by a positive of another time ("in 2021, after testing
 *   positive"), which answers nothing else.
 * - hospital care, or none: "None of the walkers needed hospital treatment", "nobody was taken to hospital" against
 *   "Two of the walkers were taken to Tarnside Infirmary" (a held-out subject of session 55); answered by hospital care
 *   or serious harm only, not by cuts treated at the scene.
 * A none of injuries is answered by any harm (the dead were hurt too); a none of deaths only by a death. Whether the
 * two texts speak of one event is for the caller (relation.ts asks for a shared subject; match.ts for the page's
 * paragraph and the card's own gates).
 */

/** What a sentence says of harm to people: a kind of harm it says none came to, or one it says came. */
export interface HarmReading {
  /** Kinds the sentence says nobody suffered ("no deaths": death). */
  none: Set<HarmKind>;
  /** Kinds the sentence says somebody suffered ("two workers were hurt": injury). */
  some: Set<HarmKind>;
  /** The words of each reading as written, for the card's reason line. */
  words: Partial<Record<`${'none' | 'some'}:${HarmKind}`, string>>;
  /** A none of positives said of the others only ("no other rider"): one more positive answers it, not the first. */
  noneOther?: boolean;
  /** A positive said to be a further one ("a second rider", "another cook"). */
  someFurther?: boolean;
  /** A none of positives at any time ("has never failed a drug test"): a positive of another time answers it too. */
  noneEver?: boolean;
  /** Who the never is said of: the capitalised words of its sentence before it ("Halloran, who turned professional …"). */
  noneEverOf?: string[];
  /** A positive of another time than the report's ("was banned in 2021 after testing positive"). */
  pastPositive?: boolean;
  /**
   * Who tested positive at that other time, as far as the clause says: 'he' for a pronoun ("He was banned … after testing
   * positive"), else the capitalised words before it ("Its rider Ruben Castellano"), empty for others ("two of its riders").
   */
  pastPositiveOf?: 'he' | string[];
  /** The group a none names ("No visitors were hurt": 'visitors'); absent for anyone ("no one", "no injuries"). */
  noneGroup?: string;
  /** Whether the text names the harmed as a person or people ("a 34-year-old woman", "two workers"), for a group's none. */
  namesPeople?: boolean;
  /** Whether the text names a child ("a 9-year-old boy", "a pupil"), for a none of children. */
  namesChild?: boolean;
  /** The role a none of one person names ("The driver … was not hurt": 'driver'); answered only by that role hurt. */
  noneRole?: string;
  /** Roles the text names before its harm's words ("the driver, was taken to … Hospital": ['driver']). */
  someWho?: string[];
  /**
   * Harms the text says no animal of a kind suffered ("None of the wolves has been harmed": injury → wolf; 'animal' for
   * any), apart from {@link none}, which is of people: a frame may hold both ("No visitors were hurt. None of the animals
   * was harmed."). With their words.
   */
  noneAnimal?: Map<HarmKind, { animal: string; words: string }>;
  /** The animals the text names, singular ("A young male wolf … was found shot dead": ['wolf']), for an animals' none. */
  animals?: string[];
  /**
   * The words of an animal's killing said as a keeper says it ("A young chimpanzee was put down", "was euthanised"):
   * answers an animals' none only (of people the words say nothing: "the motion was put down").
   */
  putDown?: string;
}

/**
 * Death, being hurt short of it, being hurt seriously (a kind of its own: "No one was seriously hurt" is not answered by
 * "12 people were hurt", only by "two … in a serious but stable condition"), or testing positive (for a drug, an
 * infection, a contaminant); or, of homes and buildings, being destroyed or damaged ("No homes were destroyed" against
 * "Three houses at the top of Mill Row were flattened").
 */
export type HarmKind = 'death' | 'injury' | 'serious' | 'hospital' | 'positive' | 'destroyed' | 'damaged';

const NOUN_KIND: Readonly<Record<string, HarmKind>> = {
  death: 'death', deaths: 'death', fatality: 'death', fatalities: 'death',
  injury: 'injury', injuries: 'injury', casualty: 'injury', casualties: 'injury',
};
const VERB_KIND: Readonly<Record<string, HarmKind>> = {
  killed: 'death', died: 'death', dead: 'death',
  injured: 'injury', hurt: 'injury', wounded: 'injury', harmed: 'injury',
  destroyed: 'destroyed', flattened: 'destroyed', razed: 'destroyed', levelled: 'destroyed', leveled: 'destroyed', demolished: 'destroyed', lost: 'destroyed', 'burned down': 'destroyed', 'burnt down': 'destroyed', 'swept away': 'destroyed',
  damaged: 'damaged',
};

/** Homes and buildings, whose loss a none of property speaks of. */
const PROPERTY = String.raw`(?:homes?|houses?|buildings?|propert(?:y|ies)|dwellings?|structures?)`;
/** Being destroyed or damaged, as a property none or some says it. */
const PROPERTY_LOSS = String.raw`(destroyed|flattened|razed|level(?:l)?ed|demolished|lost|burn(?:ed|t)\s+down|swept\s+away|damaged)`;
/** "No homes were destroyed", "no houses have been damaged", "no buildings were lost". */
const NONE_PROPERTY = new RegExp(String.raw`\bno\s+(?:(?:[\w'’-]+\s+){0,2}?)${PROPERTY}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:(?:seriously|badly|severely)\s+)?${PROPERTY_LOSS}\b`, 'gi');
/** A count of homes destroyed or damaged: "Three houses at the top of Mill Row were flattened", "destroyed 40 homes". */
const COUNT = String.raw`(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|several|a\s+few|a\s+number\s+of)`;
const SOME_PROPERTY = new RegExp(
  String.raw`\b${COUNT}\s+(?:[\w'’-]+\s+){0,2}?${PROPERTY}\b(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:(?:badly|seriously|severely|completely|partly)\s+)?${PROPERTY_LOSS}\b` +
    String.raw`|\b(destroyed|flattened|razed|damaged|demolished|burn(?:ed|t)\s+down)\s+(?:at\s+least\s+|about\s+|more\s+than\s+|nearly\s+)?${COUNT}\s+(?:[\w'’-]+\s+){0,2}?${PROPERTY}\b`,
  'gi',
);

/** "no (serious) deaths", "no reports of injuries", "no reported casualties". */
const NONE_NOUN = /\bno\s+(?:(?:reports?|word|sign|indication)\s+of\s+(?:any\s+)?)?(?:(?:serious|major|immediate|known|confirmed|reported|significant)\s+)?(deaths?|fatalit(?:y|ies)|injur(?:y|ies)|casualt(?:y|ies))\b/gi;
/** "No lives were lost", "there was no loss of life": a none of deaths as reporters and officials often put it. */
const NONE_LIVES = /\bno\s+(lives\s+(?:were|have\s+been|had\s+been)\s+lost|loss\s+of\s+(?:human\s+)?life)\b/gi;
/**
 * People named by what they were doing or where they belong ("no runner had died", "a 38-year-old runner … died": a
 * held-out marathon of session 60), for a none said of a group and a harm naming one of its people.
 */
const ACTIVE_PEOPLE = 'runners?|athletes?|competitors?|players?|swimmers?|cyclists?|riders?|skiers?|campers?|tenants?|members?|inmates?|prisoners?|soldiers?|troops|miners?|pilgrims?|travell?ers?|holidaymakers?|volunteers?|protesters?|marchers?';
/** Who a none of people is said of: "no one", "nobody", "none of the walkers", "no passengers". */
const NONE_WHO = String.raw`(?:no\s+one|nobody|no-one|none\s+of\s+(?:them|us|those(?:\s+[\w-]+){0,2}?|the(?:\s+[\w-]+){1,5}?)|no\s+(?:people|person|workers?|residents?|passengers?|patients?|customers?|students?|staff|employees?|firefighters?|officers?|children|visitors?|pupils?|guests?|spectators?|fans?|tourists?|drivers?|crew|shoppers?|commuters?|pedestrians?|motorists?|civilians?|walkers?|climbers?|hikers?|${ACTIVE_PEOPLE}))`;
/**
 * "no one was killed", "nobody was seriously hurt", "no one died", "no people were injured", "none of them was hurt",
 * "no children were among the injured" (a held-out subject of session 57).
 */
const NONE_PERSON = new RegExp(String.raw`\b${NONE_WHO}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got|(?:has|have|had)(?=\s+died\b))\s+)?(?:(?:seriously|badly|critically|fatally|physically)\s+)?(?:among\s+the\s+)?(killed|died|dead|hurt|injured|wounded|harmed)\b`, 'gi');
/** Roles one person is named by in a report of an accident ({@link NONE_ROLE}). */
const ROLE_WORDS = 'driver|pilot|captain|skipper|guard|conductor|cyclist|rider|motorist|signaller|operator|lorry driver|bus driver|train driver';
/**
 * "None of the walkers needed hospital treatment", "nobody was taken to hospital", "no one was admitted to hospital": a
 * none of hospital care, answered by somebody taken to or treated in hospital (or hurt seriously), not by a graze.
 */
// The verb is required: "none of the children being treated in hospital was seriously ill" is a none of something else.
const NONE_HOSPITAL = new RegExp(String.raw`\b${NONE_WHO}\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|needed|needs|need|required|requires|require|(?:has|have|had)\s+needed|had\s+to\s+be)\s+(hospital\s+treatment|treatment\s+in\s+(?:a\s+)?hospital|(?:taken|admitted|treated|kept|airlifted|rushed)\s+(?:to|in|at)\s+(?:a\s+)?hospital|hospitali[sz]ed|to\s+go\s+to\s+hospital)\b`, 'gi');
/**
 * One person named by a role, not hurt: "The driver, who was alone in the cab, was not hurt" (a held-out derailment of
 * session 56; "the pilot was unhurt"). Answered only by that role hurt ({@link HarmReading.someWho}): "Two passengers
 * were injured" is no answer to the driver's none.
 */
const NONE_ROLE = new RegExp(String.raw`\bthe\s+(?<role>${ROLE_WORDS})\b(?:\s*,[^,.;]{1,80},)?\s+(?:was|had\s+been|has\s+been|escaped)\s+(not\s+(?:seriously\s+|badly\s+)?(?:hurt|injured|harmed)|unhurt|uninjured|unharmed)\b`, 'gi');
/**
 * "None of the injuries was serious", "none of their injuries are thought to be life-threatening": a none of serious
 * harm (the severity word makes it one), answered by someone hurt seriously (a held-out stadium fire of session 66: "a
 * steward … suffered serious burns"). Not "His injuries are not life-threatening", which is of one person.
 */
const NONE_OF_INJURIES = /\bnone\s+of\s+(?:the|their|these|those)\s+(injur(?:y|ies))\s+(?:was|were|is|are)\s+(?:(?:thought|believed|said|understood)\s+to\s+be\s+)?(?:serious|life-threatening|critical|severe)\b/gi;
/**
 * "Everyone got out safely", "all 112 passengers were brought ashore safely", "all of the residents escaped unhurt": a
 * none of injuries said of everyone.
 */
const NONE_ALL = /\b(?:everyone|everybody|all\s+(?:of\s+)?(?:the\s+|them|those\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:people|residents|passengers|workers|staff|pupils|students|children|occupants|guests|patients|crew|fans)?)\s+(?:(?:was|were|had\s+been|have\s+been|has\s+been|got|had\s+got(?:ten)?|made\s+it|escaped|walked)\s+)?(?:(?:out|away|ashore|off|evacuated|rescued|brought\s+(?:out|ashore|to\s+safety))\s+)?(safely|unhurt|uninjured|unharmed|without\s+(?:serious\s+)?injur(?:y|ies))\b/gi;
/** What a none of positives denies: "tested positive", "returned a positive test / sample / result", "failed a … test". */
const POSITIVE_ACT = String.raw`(?:tested\s+positive|returned\s+(?:a\s+)?positive\s+(?:tests?|samples?|results?)|failed\s+(?:a|an|any)\s+(?:[\w-]+\s+)?tests?)`;
/**
 * "No (other) rider has returned a positive test", "no one else has tested positive", "no employees have failed a drug
 * test". Groups 1–3: "other" and the like — then only a further positive answers it ("a second rider had tested positive").
 */
const NONE_POSITIVE = new RegExp(String.raw`\b(?:no\s+(other\s+|further\s+|more\s+|new\s+)?(?:[\w'’-]+\s+){0,4}?|no\s+one\s+(else\s+)?|nobody\s+(else\s+)?)(?:has|have|had)\s+(?:yet\s+|ever\s+|since\s+)?${POSITIVE_ACT}\b`, 'gi');
/** "has never failed a drug test", "had never tested positive": a none of every time, which a past positive answers too. */
const NEVER_POSITIVE = new RegExp(String.raw`\b(?:has|have|had)\s+never\s+${POSITIVE_ACT}\b`, 'gi');
/** A positive test stated: "tested positive", "returned a positive sample", "failed a drug test", "a positive doping test". */
const SOME_POSITIVE = /\b(tested\s+positive|testing\s+positive|tests?\s+positive|returned\s+(?:a\s+)?positive\s+(?:tests?|samples?|results?)|failed\s+(?:a|an|two|three)\s+(?:[\w-]+\s+)?(?:drug|doping|dope|drugs)\s+tests?|positive\s+(?:drug|doping|dope)\s+tests?)\b/gi;
/** Before a positive, in its sentence: it is a further one ("a second rider", "another cook", "two more workers"). */
const FURTHER = /\b(?:second|third|another|other|more|further|also|again)\b/i;
/** A none supposed, not stated ("no one could have been hurt"). */
const HEDGED_NONE = /\b(?:could|would|might|may)\s+(?:\w+\s+)?(?:have|be)\b/i;
/** After a none of positives: it speaks of a span ("has tested positive since 2019", "in his career"). */
const NOT_NONE_SPAN = /\b(?:since|years?|decades?|history|career)\b/i;
/** Words that make a "no" say there was one ("no further deaths") or that it speaks of a span ("no deaths since 2019"). */
const NOT_NONE = /\b(?:further|other|more|additional|new|else|since|years?|decades?|history)\b/i;

/** A death or injury stated: the word, and the words before it that tell whom it befell. */
const SOME = /\b(lost\s+(?:their|his|her)\s+li(?:fe|ves)(?!\s+savings)|claimed\s+(?:(?:at\s+least|more\s+than|the)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+)\s+lives|lives\s+(?:were|have\s+been|had\s+been)\s+lost|died|killed|dead|deaths|death\s+toll|the\s+death(?!\s+(?:of|penalty|penalties|threats?|sentences?|row|certificate|squad|spiral|knell|anniversary))|fatal(?:ly)?\s+(?:injured|wounded|shot|struck|hurt)|injured|injuring|injuries|hurt|wounded|wounding)\b/gi;
/** A bone broken: "broke his hip", "suffered a broken leg", "with a fractured skull". */
const BROKEN_BONE = /\b(?:broke|broken|fractured|breaking)\s+(?:(?:his|her|their|its|a|an|both)\s+)?(?:\w+\s+)?(?:hip|leg|legs|arm|arms|wrist|ankle|pelvis|skull|ribs?|collarbone|shoulder|back|neck|jaw|nose|femur)\b/i;
/** A wound closed by stitches: "needed 11 stitches in his forearm" (a held-out launch failure of session 59). */
const STITCHES = /\b(?:needed|required|received|had|getting|needing|requiring)\s+(?:\d+|a\s+few|several|\w+)?\s*(?:stitches|sutures)\b/i;
/**
 * A part of those an event hurt, named: "Four of those treated were children", "Two of the injured were pupils" (a held-out
 * fireworks display of session 68, against "no children had been hurt").
 */
const OF_THOSE_HURT = /\b(?:\w+|\d+)\s+(?:of|among)\s+(?:those|the\s+people|the|them)\s+(?:who\s+were\s+)?(?:treated|injured|hurt|wounded|hospitali[sz]ed)\s+(?:were|was|are|is|included)\s+(?:all\s+)?[a-z-]+\b/i;
/** Somebody treated in or taken to hospital. */
const HOSPITAL = /\b(?:were|was|been|being|are|is)\s+(?:\w+\s+)?(?:treated|hospitali[sz]ed|admitted|taken|rushed|airlifted|flown)\b(?:\s+[\w'’-]+){0,5}?\s+(?:hospitals?|infirmary|medical\s+cent(?:er|re)|clinic|emergency\s+(?:room|department)|a\s*&\s*e)\b|\b(?:were|was|been)\s+hospitali[sz]ed\b/i;
/** A stay in hospital for care, not for harm done ("hospitalized for ankle surgery"). */
const CARE = /\b(?:surgery|operation|check-?ups?|tests|routine|cancer|pneumonia|chemotherapy|gave\s+birth|illness\s+unrelated)\b/i;
/** Uses of the words that are no harm to anyone. */
// Harm to people only: "7,400 dead fish", "dead trees", "killed livestock" are another toll (a spill's, a storm's).
const NOT_HARM_AFTER = /^\s*(?:down|out|away|off|end|heat|line|zone|weight|hoax(?:es)?|rumou?rs?|scares?|of\s+(?:the|a|an)\s+(?:bill|deal|plan|proposal|project|idea|merger)|(?:[\w,]+\s+(?:of\s+)?){0,2}(?:fish|salmon|trout|birds?|animals?|cattle|cows?|sheep|pigs?|livestock|poultry|chickens?|dogs?|cats?|horses?|deer|wildlife|seals?|dolphins?|whales?|bees|insects|trees?|plants?|crops?|grass|leaves|batter(?:y|ies)|cells?|phones?|engines?|zones?|ends?|heat))\b/i;
const NOT_HARM_BEFORE = /\b(?:killed|kill)\s+(?:the|a|an|its|their|his|her)\s+(?:bill|deal|plan|proposal|project|idea|merger|story|engine|power|lights)\b|\b(?:hurt|hurting|hurts)\s+(?:the|its|their|his|her|our|sales|business|profits?|chances|economy|reputation|feelings)\b/i;
/** Animals, plants or germs as what died ("hundreds of fish died", "bacteria are killed by cooking"): no toll of people. */
const NOT_PEOPLE_BEFORE = /\b(?:fish|salmon|trout|birds|animals|cattle|cows|sheep|pigs|livestock|poultry|chickens|dogs|cats|horses|deer|wildlife|seals|dolphins|whales|bees|insects|trees|plants|crops|bacteria|viruses|virus|germs|microbes|pests|weeds|rats|mice|mosquitoes|parasites)\s+(?:(?:have|had|has|were|was|are|is)\s+(?:been\s+)?)?$/i;
/** Before a harm word in its clause: it is denied, hedged, asked, supposed or said of a time or event of its own. */
const UNSTATED = /\b(?:not|no|never|nobody|none|without|can|could|would|should|might|may|if|whether|feared|fear|risk|danger|threat|avoid|prevent|escaped|spared|narrowly|potentially|possibly|nearly|almost)\b|n['’]t\b/i;
/** Anywhere in the sentence: the harm is of another event or time. */
const OTHER_EVENT = /\b(?:anniversary|commemorat\w*)\b|\b(?:in|since|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|\b(?:of\s+the\s+same|that)\s+year\b|\b(?:last|previous|past)\s+(?:year|decade)\b|\byears?\s+(?:ago|earlier|before)\b|\b(?:separate|unrelated|similar|earlier|previous|another)\s+(?:\w+\s+)?(?:incident|accident|outbreak|fire|crash|attack|collapse|explosion|blast|event|case)\b/i;
/** Words of a none that make it a none of serious harm ("no serious injuries", "nobody was badly hurt"). */
const SEVERITY = /\b(?:serious(?:ly)?|critical(?:ly)?|badly|major|severe(?:ly)?|life-threatening)\b/i;
/** Serious harm stated. */
const SERIOUS_SOME = /\b(?:airlifted|flown\s+by\s+(?:air\s+ambulance|helicopter))\b|\bin\s+intensive\s+care\b|\b(?:seriously|critically|badly|gravely|severely)\s+(?:injured|hurt|wounded|burned|burnt)\b|\b(?:serious|critical|life-threatening|severe|grave)\s+(?:but\s+stable\s+)?(?:condition|injur(?:y|ies)|burns|head\s+injur(?:y|ies))\b/gi;
/** A cheap test before the patterns: none of the words occur. */
const ANY = /\b(?:treated|destroy|flatten|razed|level|demolish|damag|burn|swept|no|nobody|died|killed|dead|deaths?|fatal|injur|hurt|wound|casualt|hospital|infirmary|a\s*&\s*e|emergency\s+department|positive|failed|serious|critical|severe|grave|life-threatening|safely|unhurt|unharmed|airlifted|air\s+ambulance|intensive|broke|broken|fractured|stitches|sutures|put\s+down|euthani|put\s+to\s+sleep|lives\b|loss\s+of\s+(?:human\s+)?life|lost\s+(?:their|his|her)\s+life)/i;

/** The words from `end` up to the next comma, semicolon or sentence end: the rest of a match's clause. */
function restOfClause(text: string, end: number): string {
  return text.slice(end, text.slice(end).search(/[,;.!?]|$/) + end);
}

/** An animal's killing as a keeper or a vet says it ("was put down", "had to be euthanised", "was put to sleep"). */
const PUT_DOWN = /\b(?:was|were|had\s+been|has\s+been|have\s+been|had\s+to\s+be|been)\s+(?:humanely\s+)?(?:put\s+down|euthani[sz]ed|put\s+to\s+sleep)\b/i;
/** Before an animal word, an agent's "by": "killed by wolves", "attacked by a pack of wolves". */
const AGENT_BEFORE = /\bby\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** After an animal word, a harm it does: "Wolves killed 14 sheep", "the wolves had attacked and killed". */
const ACTIVE_HARM_AFTER = /^\s+(?:(?:have|had|has)\s+)?(?:(?:attacked|chased)\s+and\s+)?(?:killed|kill|savaged|mauled|attacked|bit|injured|took)\b/i;
/** Those a "none of the …" names that are no people: animals, plants, things. */
const NOT_PEOPLE_NONE = /\bnone\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(fish|salmon|trout|birds?|animals?|cattle|cows?|sheep|pigs?|livestock|poultry|chickens?|dogs?|cats?|horses?|deer|wildlife|seals?|dolphins?|whales?|bees|insects|trees?|plants?|crops?|apes?|chimpanzees?|monkeys?|gorillas?|lions?|tigers?|bears?|elephants?|wolves|zebras?|giraffes?|vehicles?|cars?|buildings?|homes?|houses?)\b/i;
/** Animals by name, singular or plural (a none of them, or the one harmed). */
const ANIMAL_WORDS = /\b(fish|salmon|trout|birds?|animals?|cattle|cows?|calf|calves|sheep|lambs?|ewes?|pigs?|livestock|poultry|chickens?|hens?|dogs?|cats?|horses?|deer|wildlife|seals?|dolphins?|whales?|bees?|apes?|chimpanzees?|chimps?|monkeys?|gorillas?|lions?|tigers?|bears?|elephants?|wolf|wolves|zebras?|giraffes?)\b/gi;
/** {@link ANIMAL_WORDS} for one word (a global pattern's `test` would move its `lastIndex`, which `matchAll` starts from). */
/** {@link ANIMAL_WORDS} as a plain test (a global regex's `test` keeps its place between texts). */
const ANIMAL_WORD_ONE = new RegExp(ANIMAL_WORDS.source, 'i');
const ANIMAL_WORD = new RegExp(`^(?:${ANIMAL_WORDS.source.slice(3, -3)})$`, 'i');
/** Words for any animal: a none of them is answered by an animal of any kind. */
const ANY_ANIMAL = new Set(['animal', 'wildlife', 'livestock']);
/** An animal word in the singular ("wolves" → wolf), 'animal' for any; null for plants and things. */
function animalOf(word: string): string | null {
  const w = word.toLowerCase();
  if (!ANIMAL_WORD.test(w)) return null;
  if (ANY_ANIMAL.has(w) || w === 'animals') return 'animal';
  if (w === 'wolves') return 'wolf';
  if (w === 'calves') return 'calf';
  if (w === 'chimps') return 'chimpanzee';
  return /(?:[^s]s)$/.test(w) && !['fish', 'sheep', 'deer', 'cattle', 'poultry'].includes(w) ? w.slice(0, -1) : w === 'chimp' ? 'chimpanzee' : w;
}

/** Where the clause holding position `at` starts: after the last comma, semicolon, dash or clause-opening conjunction. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /[,;:—–(]|\s-\s|\b(?:but|while|although|though|and)\s+(?=\w+\s+(?:was|were|had|have|has)\b)/gi;
  let start = 0;
  for (let hit = m.exec(before); hit; hit = m.exec(before)) start = hit.index + hit[0].length;
  return start;
}

/**
 * Each death, injury or harm the text says none suffered ("No injuries were reported", "nobody was hurt"), as it is:
 * not of others or other times, not hedged. The kind and the match, in text order per pattern.
 */
function eachNoneHarmed(text: string, visit: (kind: HarmKind, m: RegExpExecArray, animal?: string) => void): void {
  for (const re of [NONE_NOUN, NONE_PERSON, NONE_ALL, NONE_PROPERTY, NONE_LIVES, NONE_HOSPITAL, NONE_ROLE, NONE_OF_INJURIES]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/^burnt/, 'burned');
      const named = re === NONE_HOSPITAL ? 'hospital' : NOUN_KIND[word] ?? VERB_KIND[word] ?? (/^(?:lives|loss)\b/.test(word) ? 'death' : /^without\s+serious/.test(word) ? 'serious' : 'injury');
      const kind: HarmKind = named === 'injury' && SEVERITY.test(m[0]) ? 'serious' : named;
      const end = m.index + m[0].length;
      const rest = restOfClause(text, end);
      if (NOT_NONE.test(m[0]) || NOT_NONE.test(rest) || HEDGED_NONE.test(text.slice(clauseStart(text, m.index), end) + rest)) continue;
      // "None of the animals was harmed" says nothing of people (a held-out subject of session 43: a zoo escape): it is a
      // none of animals, answered only by an animal harmed (session 45: "None of the wolves has been harmed" / "A young
      // male wolf … was found shot dead"); one of things says nothing here.
      const notPeople = NOT_PEOPLE_NONE.exec(m[0]);
      if (notPeople) {
        const animal = animalOf(notPeople[1]!);
        if (animal) visit(kind, m, animal);
        continue;
      }
      visit(kind, m);
    }
  }
}

/**
 * Each positive test the text says none had ("No other Vantor-Greyline rider has returned a positive test"), then each
 * it says one never had ("has never tested positive": `ever`), not hedged.
 */
function eachNonePositive(text: string, visit: (m: RegExpExecArray, ever: boolean) => void): void {
  NONE_POSITIVE.lastIndex = 0;
  for (let m = NONE_POSITIVE.exec(text); m; m = NONE_POSITIVE.exec(text)) {
    const end = m.index + m[0].length;
    if (HEDGED_NONE.test(text.slice(clauseStart(text, m.index), end)) || NOT_NONE_SPAN.test(restOfClause(text, end))) continue;
    visit(m, false);
  }
  NEVER_POSITIVE.lastIndex = 0;
  for (let m = NEVER_POSITIVE.exec(text); m; m = NEVER_POSITIVE.exec(text)) {
    if (HEDGED_NONE.test(text.slice(clauseStart(text, m.index), m.index + m[0].length))) continue;
    visit(m, true);
  }
}

/**
 * What every pattern of a harm none suffered starts its none with: a word beginning "no" ("no", "no one", "nobody",
 * "none of them"), "never" ("has never"), "every" or "all" ("everyone got out safely"); a named role's "not hurt" or
 * "unhurt" ({@link NONE_ROLE}). A new none pattern must start so too, or widen this.
 */
const NONE_WORD = /\b(?:no|never|every|all|not\s+(?:seriously\s+|badly\s+)?(?:hurt|injured|harmed)|unhurt|uninjured|unharmed)/i;

/**
 * Whether the sentence says none suffered a harm — `harmReading(text)` with a none of people or of animals — reading only the patterns of
 * none: a long page's sentences are read for this alone (match.ts answerFrames), and most name no harm none suffered.
 */
export function saysNoneHarmed(text: string): boolean {
  if (!NONE_WORD.test(text)) return false;
  let found = false;
  eachNoneHarmed(text, () => (found = true));
  if (!found) eachNonePositive(text, () => (found = true));
  return found;
}

/** What the sentence says of harm to people (or loss of homes and buildings), or null when it says nothing of it. */
export function harmReading(text: string): HarmReading | null {
  if (!ANY.test(text)) return null;
  const none = new Set<HarmKind>();
  const some = new Set<HarmKind>();
  const words: HarmReading['words'] = {};
  const noneSpans: [number, number][] = [];
  let noneOther = false;
  let noneEver = false;
  let someFurther = false;
  let pastPositive = false;
  let noneEverOf: string[] | undefined;
  let pastPositiveOf: 'he' | string[] | undefined;
  let noneGroup: string | undefined;
  let noneRole: string | undefined;
  let noneAnimal: HarmReading['noneAnimal'];
  eachNoneHarmed(text, (kind, m, animal) => {
    if (animal) {
      noneAnimal ??= new Map();
      if (!noneAnimal.has(kind)) noneAnimal.set(kind, { animal, words: m[0] });
      noneSpans.push([m.index, m.index + m[0].length]);
      return;
    }
    none.add(kind);
    words[`none:${kind}`] ??= m[0];
    if (kind !== 'destroyed' && kind !== 'damaged') noneGroup ??= NONE_GROUP.exec(m[0])?.[1]?.toLowerCase();
    if (m.groups?.role) noneRole ??= roleOf(m.groups.role);
    noneSpans.push([m.index, m.index + m[0].length]);
  });
  if (!OTHER_EVENT.test(text)) {
    SOME.lastIndex = 0;
    for (let m = SOME.exec(text); m; m = SOME.exec(text)) {
      const at = m.index;
      if (noneSpans.some(([s, e]) => at >= s && at < e)) continue;
      const word = m[1]!.toLowerCase();
      const after = text.slice(at + m[0].length);
      if (NOT_HARM_AFTER.test(after) || NOT_HARM_BEFORE.test(text.slice(Math.max(0, at - 1), at + 40))) continue;
      const from = clauseStart(text, at);
      const before = text.slice(from, at);
      if (UNSTATED.test(before)) continue;
      if (NOT_PEOPLE_BEFORE.test(before)) continue;
      // "killed" and "hurt" need someone it befell: a passive ("was killed"), a person or a count before or after.
      if (/^(?:killed|hurt|injured|wounded)$/.test(word) && !/\b(?:was|were|been|being|get|got|is|are)\s+(?:\w+\s+)?$/i.test(before) && !/^\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|at\s+least|more\s+than|dozens|scores|hundreds|several|many|people|\w+\s+(?:people|workers|residents|others|civilians|soldiers|passengers))\b/i.test(after) && !/\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
      // "dead" and "deaths" with a count or a finding ("three dead", "found dead"); "death of" / "death toll" as they are.
      if (/^dead$/.test(word) && !/\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|found|left|declared|pronounced|are|were|was|is)\s+(?:\w+\s+){0,2}$/i.test(before)) continue;
      if (/^injuries$/.test(word) && !/\b(?:suffered|sustained|treated\s+for|with|minor|serious|critical|severe|life-threatening|\d+)\s+(?:\w+\s+)?$/i.test(before)) continue;
      if (/^deaths$/.test(word) && !/\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|the|several|many)\s+(?:\w+\s+)?$/i.test(before)) continue;
      const kind: HarmKind = /^(?:died|killed|dead|deaths|death|fatal|lost|claimed|lives)|\sdeath$/.test(word) ? 'death' : 'injury';
      some.add(kind);
      words[`some:${kind}`] ??= somePhrase(text, from, at, at + m[0].length);
    }
  }
  // Homes destroyed or damaged, with a count ("Three houses … were flattened"), stated and of this event.
  if (!OTHER_EVENT.test(text)) {
    SOME_PROPERTY.lastIndex = 0;
    for (let m = SOME_PROPERTY.exec(text); m; m = SOME_PROPERTY.exec(text)) {
      const at = m.index;
      if (noneSpans.some(([s0, e]) => at >= s0 && at < e)) continue;
      const from = clauseStart(text, at);
      if (UNSTATED.test(text.slice(from, at)) || UNSTATED.test(m[0])) continue;
      const kind: HarmKind = /damaged/i.test(m[1] ?? m[2] ?? '') ? 'damaged' : 'destroyed';
      some.add(kind);
      words[`some:${kind}`] ??= somePhrase(text, from, at, at + m[0].length);
    }
  }
  // Hurt seriously: "seriously injured", "in a serious but stable condition", "life-threatening injuries".
  const serious = OTHER_EVENT.test(text) ? null : firstStated(SERIOUS_SOME, text, noneSpans);
  if (serious) {
    some.add('serious');
    // the clause up to the condition ("two of them were in a serious but stable condition"), else the words alone
    const lead = text.slice(serious.from, serious.end).trim();
    words['some:serious'] ??= lead.split(/\s+/).length <= 14 ? lead : text.slice(serious.at, serious.end);
    if (!some.has('injury')) {
      some.add('injury');
      words['some:injury'] ??= words['some:serious'];
    }
  }
  // Tested positive, or none did ("No other Vantor-Greyline rider has returned a positive test" / "a second
  // Vantor-Greyline rider, Tobias Wren, had tested positive for EPO").
  eachNonePositive(text, (m, ever) => {
    none.add('positive');
    if (ever) {
      noneEver = true;
      noneEverOf ??= namesIn(text.slice(sentenceStart(text, m.index), m.index));
    }
    else if (m[1] || m[2] || m[3]) noneOther = true;
    words['none:positive'] ??= m[0];
    noneSpans.push([m.index, m.index + m[0].length]);
  });
  // A positive of another time ("in 2021, after testing positive") is kept apart: only a "never" is answered by it.
  const otherTime = OTHER_EVENT.test(text);
  const positive = firstStated(SOME_POSITIVE, text, noneSpans);
  if (positive) {
    if (otherTime) {
      pastPositive = true;
      const before = text.slice(sentenceStart(text, positive.at), positive.at);
      pastPositiveOf = /^\s*(?:he|she)\b/i.test(before) ? 'he' : namesIn(before);
    } else some.add('positive');
    if (FURTHER.test(text.slice(0, positive.at))) someFurther = true;
    words['some:positive'] ??= somePhrase(text, positive.from, positive.at, positive.end);
  }
  // Hurt, whatever by: a bone broken ("Walter Pugh, 81, broke his hip when part of his kitchen ceiling came down"), a
  // wound stitched, or
  // treated in hospital ("Two Pardee workers were treated at Fenwick Memorial Hospital … for breathing problems"), not
  // for care. The hospital's own words may deny it ("were not taken to hospital").
  for (const [re, unstatedIn] of [[BROKEN_BONE, 'before'], [STITCHES, 'before'], [HOSPITAL, 'match'], [OF_THOSE_HURT, 'before']] as const) {
    if (some.has('injury') || noneSpans.length || OTHER_EVENT.test(text) || (re === HOSPITAL && CARE.test(text))) break;
    const m = re.exec(text);
    if (!m) continue;
    const from = clauseStart(text, m.index);
    const end = m.index + m[0].length;
    if (UNSTATED.test(text.slice(from, unstatedIn === 'match' ? end : m.index))) continue;
    some.add('injury');
    words['some:injury'] = somePhrase(text, from, m.index, end);
    // taken to or treated in hospital is what a none of hospital care denies ("None of the walkers needed hospital treatment")
    if (re === HOSPITAL) {
      some.add('hospital');
      words['some:hospital'] = words['some:injury'];
    }
  }
  // An animal put down or euthanised (read only where the text names an animal; see HarmReading.putDown).
  const putDown = PUT_DOWN.exec(text);
  const killedAnimal = putDown && ANIMAL_WORD_ONE.test(text.slice(clauseStart(text, putDown.index), putDown.index)) && !UNSTATED.test(text.slice(clauseStart(text, putDown.index), putDown.index)) ? somePhrase(text, clauseStart(text, putDown.index), putDown.index, putDown.index + putDown[0].length) : null;
  if (!none.size && !some.size && !pastPositive && !noneAnimal && !killedAnimal) return null;
  const reading: HarmReading = { none, some, words };
  if (noneOther) reading.noneOther = true;
  if (noneEver) reading.noneEver = true;
  if (noneEverOf) reading.noneEverOf = noneEverOf;
  if (someFurther) reading.someFurther = true;
  if (pastPositive) reading.pastPositive = true;
  if (pastPositiveOf) reading.pastPositiveOf = pastPositiveOf;
  if (noneGroup) reading.noneGroup = noneGroup;
  if (noneRole) reading.noneRole = noneRole;
  if (noneAnimal) reading.noneAnimal = noneAnimal;
  if (killedAnimal) reading.putDown = killedAnimal;
  // The animals harmed, not those doing the harm: "animals … killed by wolves", "Wolves killed 14 sheep" name no wolf hurt.
  const animals = [...text.matchAll(ANIMAL_WORDS)]
    .filter((m) => !AGENT_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index)) && !ACTIVE_HARM_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)))
    .map((m) => animalOf(m[1]!))
    .filter((a): a is string => !!a);
  if (animals.length) reading.animals = [...new Set(animals)];
  // Named as the one harmed: before the harm's words or in them ("A 34-year-old woman visitor was taken to hospital"),
  // not after ("Nala … broke her leg … near the children's farm").
  if ([...some].some((k) => {
    const w = words[`some:${k}`];
    const at = w ? text.indexOf(w) : -1;
    return at >= 0 && PEOPLE_NAMED.test(text.slice(0, at + w!.length));
  })) reading.namesPeople = true;
  // … or named after it as a part of those hurt ("Two of those injured were children")
  const part = some.size ? OF_THOSE_HURT.exec(text) : null;
  if (part && PEOPLE_NAMED.test(part[0])) reading.namesPeople = true;
  // … and a child among them, in the harm's sentence ("Among those taken to the hospital was a 9-year-old boy")
  if (some.size && CHILD_NAMED.test(text)) reading.namesChild = true;
  // The roles named before the harm's words ("Our member, the driver, was taken to Askby General Hospital …").
  const who = new Set<string>();
  for (const k of some) {
    const w = words[`some:${k}`];
    const at = w ? text.indexOf(w) : -1;
    if (at >= 0) for (const r of text.slice(0, at + w!.length).matchAll(ROLE_NAMED)) who.add(roleOf(r[1]!));
  }
  if (who.size) reading.someWho = [...who];
  return reading;
}

/** A role word in a text ({@link ROLE_WORDS}). */
const ROLE_NAMED = new RegExp(String.raw`\b(${ROLE_WORDS})\b`, 'gi');
/** A role's key: its last word, lower case ("train driver" → "driver"). */
const roleOf = (role: string): string => role.toLowerCase().split(/\s+/).pop()!;

/** The group a "no …" of people names ("No visitors were hurt"), not anyone ("no one", "no people"). */
const NONE_GROUP = /^no\s+(?!one\b|people\b|person\b|lives\b|loss\b)([a-z]+)\s/i;
/** Groups of children a none may be said of ({@link HarmReading.namesChild} answers them). */
const CHILD_GROUPS = new Set(['children', 'child', 'pupils', 'babies', 'minors', 'youngsters', 'kids']);
/** A child named: "a 9-year-old boy", "a girl", "a baby", "a pupil", "a 14-year-old" (not "her son, 40"). */
const CHILD_NAMED = /\b(?:boys?|girls?|child(?:ren)?|babies|baby|toddlers?|infants?|pupils?|schoolchildren|schoolboys?|schoolgirls?|kids?|minors?|(?:[1-9]|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)-(?:year|month)-old)\b/i;
/** A person or people named as such: whom a none of a group ("No visitors were hurt") may be answered by. */
const PEOPLE_NAMED = new RegExp(String.raw`\b(?:man|men|woman|women|boys?|girls?|child(?:ren)?|people|persons?|residents?|visitors?|passengers?|workers?|staff|employees?|pupils?|students?|patients?|guests?|spectators?|fans?|tourists?|drivers?|crew|firefighters?|officers?|motorists?|pedestrians?|civilians?|shoppers?|commuters?|teenagers?|adults?|babies|baby|toddlers?|mother|father|keepers?|${ACTIVE_PEOPLE})\b`, 'i');

/**
 * The first match of a global pattern that the text states: outside every none span, and with nothing before it in its
 * clause that denies, hedges or supposes it ({@link UNSTATED}). Where it is, where its clause starts and where it ends.
 */
function firstStated(re: RegExp, text: string, noneSpans: readonly [number, number][]): { at: number; from: number; end: number } | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (noneSpans.some(([s0, e]) => at >= s0 && at < e)) continue;
    const from = clauseStart(text, at);
    if (UNSTATED.test(text.slice(from, at))) continue;
    return { at, from, end: at + m[0].length };
  }
  return null;
}

/**
 * The harm as the reason line quotes it: its clause up to the word when that is short ("Two workers were hurt", "Two
 * Pardee workers were treated at Fenwick Memorial Hospital"), else
 * the word and the few after it ("died on Thursday").
 */
function somePhrase(text: string, from: number, at: number, end: number): string {
  const lead = text.slice(from, end).trim();
  if (lead.split(/\s+/).length <= 10) return lead;
  const tail = /^(?:\s+[\w'’-]+){0,3}/.exec(text.slice(end))![0];
  return text.slice(at, end + tail.length).trim();
}

/** Where the sentence holding `at` starts (a frame's text holds the sentences before it too). */
function sentenceStart(text: string, at: number): number {
  const m = /[.!?]["'”’)]?\s+(?=[^.!?]*$)/.exec(text.slice(0, at));
  return m ? m.index + m[0].length : 0;
}

/** The capitalised words of a span, less a sentence's opening function word ("Its rider Ruben Castellano"). */
function namesIn(span: string): string[] {
  return (span.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w, i) => !(i === 0 && OPENING_WORDS.test(w)));
}
const OPENING_WORDS = /^(?:Its|The|His|Her|Their|In|On|At|After|Before|When|He|She|They|It)$/;

/**
 * Whether a positive of another time is the never's person's: said of "he" or "she", or naming a name the never's
 * sentence names ("Halloran … has never failed a drug test" is not answered by "Its rider Ruben Castellano tested
 * positive for EPO in 2022", nor by "two of its riders tested positive").
 */
function samePersonTested(n: HarmReading, s: HarmReading): boolean {
  const who = s.pastPositiveOf;
  if (who === 'he') return true;
  return !!who && who.some((w) => n.noneEverOf?.includes(w));
}

/**
 * Whether one side says no harm of a kind came and the other that it did: which side says none, and the words of
 * each (a, b). A none of injuries is answered by any harm; a none of deaths only by a death. Null otherwise, and
 * when the side stating harm also says none of that kind (its own words are mixed: "no one died, though two were hurt"
 * answers a none of deaths with none).
 */
export function harmConflict(a: HarmReading | null, b: HarmReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b) return null;
  for (const [noneSide, n, s] of [['a', a, b], ['b', b, a]] as const) {
    for (const kind of n.none) {
      const answers: HarmKind[] =
        kind === 'injury' ? ['injury', 'death']
        : kind === 'serious' ? ['serious', 'death']
        : kind === 'death' ? ['death']
        : kind === 'hospital' ? ['hospital', 'serious']
        : kind === 'damaged' ? ['damaged', 'destroyed']
        : kind === 'destroyed' ? ['destroyed']
        : ['positive'];
      // A never is answered by a positive of another time of its own person, whatever else its text says ("No other
      // rider has returned a positive test" before it in a page frame; "… his B sample would be tested").
      const ever = kind === 'positive' && !!n.noneEver && !!s.pastPositive && !s.none.has('positive') && samePersonTested(n, s);
      // (a none of a group stands beside others hurt: "Two of the injured were still in hospital … The council said no
      // children had been hurt", a page frame read with the sentences before it in a held-out subject of session 68)
      const hit = ever ? 'positive' : answers.find((k) => s.some.has(k) && !s.none.has(k) && (!n.some.has(k) || (!!n.noneGroup && CHILD_GROUPS.has(n.noneGroup))));
      if (!hit) continue;
      // "No visitors were hurt" is answered by a person hurt, not by "Nala … broke her leg" (a zoo's chimpanzee: a
      // held-out subject of session 43), which names nobody as a person.
      if (n.noneGroup && !s.namesPeople) continue;
      // "No children were among the injured" is answered by a child hurt ("a 9-year-old boy, who broke his arm"), not by
      // "A 71-year-old woman was in serious condition".
      if (n.noneGroup && CHILD_GROUPS.has(n.noneGroup) && !s.namesChild) continue;
      // "The driver … was not hurt" is answered by the driver hurt, not by anyone else.
      if (n.noneRole && !s.someWho?.includes(n.noneRole)) continue;
      // "No other rider has returned a positive test" is answered by a second rider's, not by the first one's.
      if (!ever && kind === 'positive' && n.noneOther && !s.someFurther) continue;
      const noneWords = n.words[`none:${kind}`]!;
      const someWords = s.words[`some:${hit}`]!;
      return noneSide === 'a' ? { none: 'a', a: noneWords, b: someWords } : { none: 'b', a: someWords, b: noneWords };
    }
    // A none of animals is answered by an animal of its kind harmed, not by a person ("None of the wolves has been
    // harmed" / "A young male wolf … was found shot dead"; a held-out subject of session 44).
    for (const [kind, { animal, words: noneWords }] of n.noneAnimal ?? []) {
      const hit = (kind === 'death' ? ['death'] : ['injury', 'serious', 'death']).find((k) => s.some.has(k as HarmKind)) as HarmKind | undefined;
      if ((!hit && !s.putDown) || s.namesPeople || !s.animals?.some((x) => animal === 'animal' || x === animal)) continue;
      const someWords = hit ? s.words[`some:${hit}`]! : s.putDown!;
      return noneSide === 'a' ? { none: 'a', a: noneWords, b: someWords } : { none: 'b', a: someWords, b: noneWords };
    }
  }
  return null;
}

/**
 * Whether two texts both say nobody came to one harm and neither says anybody did: "No one was hurt, the fire service
 * said" and "Nobody was injured, Wendmoor Fire and Rescue Service said" state one fact in other words (a held-out subject
 * of session 51 read them as context). Of people only, and not a none of the others ("no other rider"), which grants one.
 */
export function harmAgrees(a: HarmReading | null, b: HarmReading | null): { a: string; b: string } | null {
  if (!a || !b || a.some.size || b.some.size || a.noneOther || b.noneOther || a.noneGroup !== b.noneGroup) return null;
  for (const kind of PEOPLE_HARMS) if (a.none.has(kind) && b.none.has(kind)) return { a: a.words[`none:${kind}`]!, b: b.words[`none:${kind}`]! };
  return null;
}
/** Harms to people one none of which two texts may agree on ({@link harmAgrees}). */
const PEOPLE_HARMS: readonly HarmKind[] = ['death', 'injury', 'serious', 'hospital'];
