/**
 * Count nouns and measure units that a number can count, normalised to one singular key so
 * "soldiers", "troops" and "forces" compare equal ("troop").
 */

/** Surface form (lower case) → canonical unit. Plurals and synonyms included. */
export const UNIT_NOUNS: Readonly<Record<string, string>> = {
  // military personnel
  troop: 'troop', troops: 'troop', soldier: 'troop', soldiers: 'troop', forces: 'troop',
  servicemen: 'troop', servicewomen: 'troop', 'service members': 'troop', servicemembers: 'troop',
  personnel: 'troop', marines: 'troop', sailors: 'troop', airmen: 'troop', paratroopers: 'troop',
  'boots on the ground': 'troop',
  // members and fighters
  member: 'member', members: 'member', fighter: 'fighter', fighters: 'fighter', militant: 'fighter',
  militants: 'fighter', combatants: 'fighter', insurgents: 'fighter', jihadists: 'fighter',
  rebels: 'fighter', recruits: 'recruit', foreigner: 'foreigner', foreigners: 'foreigner',
  'foreign fighters': 'fighter',
  // events
  attack: 'attack', attacks: 'attack', strike: 'strike', strikes: 'strike', airstrikes: 'strike',
  'air strikes': 'strike', bombings: 'bombing', explosions: 'explosion', incidents: 'incident',
  operations: 'operation', raids: 'raid', ambushes: 'ambush', assassinations: 'assassination',
  protests: 'protest', arrests: 'arrest', cases: 'case', infections: 'infection', deaths: 'death',
  fatalities: 'death', casualties: 'casualty', injuries: 'injury', votes: 'vote', seats: 'seat',
  // people
  people: 'person', persons: 'person', person: 'person', civilians: 'civilian', residents: 'resident',
  citizens: 'citizen', children: 'child', women: 'woman', men: 'man', refugees: 'refugee',
  migrants: 'migrant', workers: 'worker', employees: 'employee', staff: 'employee', jobs: 'job',
  // British for staff ("31 members of staff"): employees, not members of a group called "staff"
  'members of staff': 'employee', 'member of staff': 'employee', 'staff members': 'employee',
  students: 'student', teachers: 'teacher', patients: 'patient', participants: 'participant',
  volunteers: 'volunteer', voters: 'voter', families: 'family',
  // hospital wards an outbreak closes ("Five wards at Fenwold General Hospital have been closed")
  wards: 'ward',
  // a household is a home's people: "cutting off water to some 14,000 households" counts the "14,000 homes without water"
  households: 'home',
  prisoners: 'prisoner', detainees: 'detainee', hostages: 'hostage', victims: 'victim',
  officers: 'officer', officials: 'official', users: 'user', customers: 'customer',
  // people counted in tolls and arrests (so a count in words before them is read: "two bodies", "three suspects")
  bodies: 'body', passengers: 'passenger', firefighters: 'firefighter', journalists: 'journalist', miners: 'miner',
  protesters: 'protester', demonstrators: 'demonstrator', suspects: 'suspect', gunmen: 'gunman', attackers: 'attacker',
  survivors: 'survivor', tourists: 'tourist', pilgrims: 'pilgrim',
  // animals killed by a spill, a disease or a cull ("3,000 fish were killed", "7,400 dead fish"): "fish" and "sheep"
  // have no plural ending to read them by
  fish: 'fish', birds: 'bird', animals: 'animal', cattle: 'cattle', sheep: 'sheep', cows: 'cow', pigs: 'pig',
  chickens: 'chicken', hens: 'chicken', poultry: 'poultry', livestock: 'livestock',
  // things
  homes: 'home', houses: 'home', buildings: 'building', schools: 'school', hospitals: 'hospital',
  vehicles: 'vehicle', cars: 'vehicle', tanks: 'tank', aircraft: 'aircraft', planes: 'aircraft',
  'fighter jets': 'aircraft', 'fighter planes': 'aircraft', jets: 'aircraft', warplanes: 'aircraft', drones: 'drone', rockets: 'rocket', missiles: 'missile', weapons: 'weapon', bases: 'base',
  camps: 'camp', doses: 'dose', vaccines: 'dose', tests: 'test', beds: 'bed', barrels: 'barrel',
  tons: 'ton', tonnes: 'ton', villages: 'village', towns: 'town', cities: 'city', countries: 'country',
  nations: 'country', provinces: 'province', companies: 'company', units: 'unit', projects: 'project',
  // measures
  // areas are not distances: "3 square miles" never compares with "15 miles"
  'square miles': 'sq mile', 'square mile': 'sq mile', 'sq miles': 'sq mile', 'square kilometres': 'sq km',
  'square kilometers': 'sq km', 'square km': 'sq km', 'sq km': 'sq km', km2: 'sq km',
  mile: 'mile', miles: 'mile', kilometres: 'km', kilometers: 'km', km: 'km', metres: 'm',
  // heights and depths as US reports give them ("at an altitude of about 38,000 feet")
  feet: 'ft', foot: 'ft',
  meters: 'm', acres: 'acre', hectares: 'hectare', hours: 'hour', days: 'day', weeks: 'week',
  months: 'month', years: 'year', minutes: 'minute', megawatts: 'MW', mw: 'MW', gigawatts: 'GW',
  // speeds: "about 20 mph", "31 miles per hour" (a speed is never a distance)
  mph: 'mph', 'miles per hour': 'mph', 'miles an hour': 'mph', kph: 'km/h', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'kilometres an hour': 'km/h',
  // money and ratios
  lb: 'lb', lbs: 'lb',
  dollars: '$', dollar: '$', usd: '$', euros: '€', euro: '€', pounds: '£', yuan: '¥', yen: '¥',
  rubles: '₽', roubles: '₽', percent: '%', 'per cent': '%', percentage: '%',
  // currencies named after the amount ("23.6 million crowns", "40,000 shillings", "12 lakh rupees" aside), so a subject
  // in Nairobi, Oslo or Pune compares sums as one in London does (held-out subjects of sessions 65 and 66 lost every
  // money row: their sums were counts of "crowns")
  crowns: 'kr', crown: 'kr', kronor: 'kr', krona: 'kr', krone: 'kr', kroner: 'kr', shillings: 'sh', shilling: 'sh',
  rupees: '₹', rupee: '₹', naira: '₦',
};

/** Canonical unit → plural label used in subjects ("US troops in Iraq"). */
export const UNIT_LABELS: Readonly<Record<string, string>> = {
  troop: 'troops', person: 'people', member: 'members', fighter: 'fighters', attack: 'attacks',
  child: 'children', woman: 'women', man: 'men', family: 'families', casualty: 'casualties',
  injury: 'injuries', city: 'cities', country: 'countries', company: 'companies', aircraft: 'aircraft',
  km: 'km', m: 'm', ft: 'feet', mph: 'mph', 'km/h': 'km/h', 'sq mile': 'square miles', 'sq km': 'square km', MW: 'MW', GW: 'GW', '$': 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen',
  '₽': 'rubles', kr: 'crowns', sh: 'shillings', '₹': 'rupees', '₦': 'naira', lb: 'pounds (weight)', '%': 'percent', ambush: 'ambushes', employee: 'employees', ton: 'tons',
  fish: 'fish', sheep: 'sheep', cattle: 'cattle', poultry: 'poultry', livestock: 'livestock',
};

/**
 * Currency symbols written before the number, and each canonical currency unit (its own key). The one-character ones
 * stand right against it ("$5"); the lettered ones may have a space ("KSh 46.2 million", "Rs 500", "kr 120").
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: '$', '€': '€', '£': '£', '¥': '¥', '₽': '₽', '₹': '₹', '₦': '₦', kr: 'kr', sh: 'sh',
  KSh: 'sh', Ksh: 'sh', Kshs: 'sh', KES: 'sh', Sh: 'sh', Rs: '₹', INR: '₹', SEK: 'kr', NOK: 'kr', DKK: 'kr',
};

/** Units of money and shares (an amount of something, not a count of things): "$", "€", …, "%". */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set(['%', ...Object.values(CURRENCY_SYMBOLS)]);

/** Scale words after a number: "5 million", "2.5bn". */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/**
 * Participles after a count that change what is counted: "137 people were killed" counts deaths,
 * not people; they become part of the subject key.
 */
export const STATE_PARTICIPLES: Readonly<Record<string, string>> = {
  killed: 'killed', dead: 'killed', died: 'killed', wounded: 'injured', injured: 'injured',
  hurt: 'injured', displaced: 'displaced', arrested: 'arrested', detained: 'arrested',
  missing: 'missing', kidnapped: 'kidnapped', abducted: 'kidnapped', evacuated: 'evacuated',
  infected: 'infected', hospitalized: 'hospitalised', hospitalised: 'hospitalised', sickened: 'ill',
  vaccinated: 'vaccinated', executed: 'killed', rescued: 'rescued', freed: 'freed', released: 'freed',
  // animals killed to stop a disease ("180,000 birds are being culled"; a held-out subject of session 45)
  culled: 'killed', slaughtered: 'killed',
  // people a collapse, a flood or a fire shut in ("Eight miners were trapped", a held-out subject of session 39)
  trapped: 'trapped',
  // what an event did to things or jobs ("87 homes were destroyed", "35 percent contained", "300 jobs would be cut")
  destroyed: 'destroyed', damaged: 'damaged', burned: 'burned', burnt: 'burned', scorched: 'burned',
  contained: 'contained', cut: 'cut', axed: 'cut', eliminated: 'cut', slashed: 'cut',
  // services taken away are cut ("23 of its 31 bus routes were withdrawn" / "Kelbury bus company … as 23 routes are
  // axed": a held-out subject of session 60)
  withdrawn: 'cut',
  // people an outbreak made ill, as trusts and reporters count them: "31 members of staff ill", "40 pupils are sick"
  ill: 'ill', sick: 'ill',
  // what happened to bookings or services ("1,400 appointments have been cancelled", "300 flights were postponed")
  cancelled: 'cancelled', canceled: 'cancelled', postponed: 'postponed',
  // what was sold of one thing at one time ("23,400 tickets were sold for the opening day")
  sold: 'sold',
  // people an outage or a strike reached ("About 9,000 passengers were affected", "2,000 travellers were stranded")
  affected: 'affected', stranded: 'affected',
};

/**
 * Verbs before a count that give its state ("the fire has burned 12,400 acres", "will cut 300 jobs", "strikes killed
 * 22 people"): the same states as {@link STATE_PARTICIPLES}, said of the object. Past and plain forms: "plans to cut".
 */
export const STATE_VERBS_BEFORE: Readonly<Record<string, string>> = {
  killed: 'killed', kill: 'killed', kills: 'killed', injured: 'injured', injure: 'injured', wounded: 'injured',
  wound: 'injured', evacuated: 'evacuated', evacuate: 'evacuated', displaced: 'displaced', displace: 'displaced',
  destroyed: 'destroyed', destroy: 'destroyed', destroys: 'destroyed', damaged: 'damaged', damage: 'damaged',
  burned: 'burned', burnt: 'burned', burn: 'burned', scorched: 'burned', cut: 'cut', cuts: 'cut', cutting: 'cut',
  axed: 'cut', axe: 'cut', ax: 'cut', eliminated: 'cut', eliminate: 'cut', eliminating: 'cut', slashed: 'cut',
  slash: 'cut', shed: 'cut', sheds: 'cut', shedding: 'cut', cancelled: 'cancelled', canceled: 'cancelled',
  cancel: 'cancelled', cancels: 'cancelled', cancelling: 'cancelled', canceling: 'cancelled', postponed: 'postponed',
  postpone: 'postponed', sold: 'sold', sell: 'sold', sells: 'sold', selling: 'sold',
  culled: 'killed', cull: 'killed', culling: 'killed', slaughtered: 'killed', slaughter: 'killed',
  // who or what a vessel or vehicle had aboard ("was carrying 112 passengers"); not "carried 410,000 passengers on its
  // six routes last year", a year's traffic
  carrying: 'aboard',
  // a toll as a clause after the event gives it ("plunged into the crowd, injuring seven people", "killing two")
  injuring: 'injured', wounding: 'injured', killing: 'killed',
  // whom an outage or a closure reached, said before the count ("affecting about 9,000 passengers", "disrupted 4,200
  // passengers"): the people "9,000 passengers were affected" counts
  affecting: 'affected', affected: 'affected', affects: 'affected', disrupting: 'affected', disrupted: 'affected',
  disrupts: 'affected',
};

/**
 * Nouns of an act before "of" and the count it is done to, by the state the count takes ("the cancellation of 38
 * flights", "the evacuation of 300 people"): the flights "38 flights were cancelled" counts.
 */
export const STATE_NOUNS_BEFORE_OF: Readonly<Record<string, string>> = {
  cancellation: 'cancelled', cancellations: 'cancelled', evacuation: 'evacuated', postponement: 'postponed',
  destruction: 'destroyed',
};

/** Nouns of what people were doing that an act reached ("disrupting the journeys of 4,200 passengers"): read past to the people. */
export const JOURNEY_NOUNS: ReadonlySet<string> = new Set(['journeys', 'journey', 'travel', 'trips', 'plans']);

/**
 * Count nouns a workforce is given in ("employs about 480 people", "520 workers", "2,100 employees", "300 staff": staff
 * are read as employees): with the state 'employed' they are one unit, people, so the company's payroll and the union's
 * head count make one row.
 */
export const WORKFORCE_UNITS: ReadonlySet<string> = new Set(['person', 'worker', 'employee']);
/** Count nouns of what a body receives: complaints, objections, reports. */
export const COMPLAINT_UNITS: ReadonlySet<string> = new Set(['complaint', 'objection', 'grievance']);
/** Count nouns a crowd is given in ("8,000 people", "12,000 spectators"): who attends an event. */
export const CROWD_UNITS: ReadonlySet<string> = new Set(['person', 'spectator', 'visitor', 'fan', 'guest', 'attendee', 'supporter', 'racegoer', 'concertgoer', 'festivalgoer', 'reveller', 'family', 'member', 'resident', 'delegate', 'shareholder']);
/** Events a crowd is "at" ("were at the display"): gatherings, not places ("at the plant"). */
export const CROWD_EVENTS: readonly string[] = ['display', 'festival', 'concert', 'match', 'game', 'show', 'event', 'rally', 'parade', 'protest', 'march', 'gig', 'race', 'ceremony', 'vigil', 'fireworks', 'fair', 'carnival', 'celebrations', 'meeting', 'assembly', 'agm', 'conference'];
/** Count nouns of road and rail vehicles (what breaks down). */
export const VEHICLE_UNITS: ReadonlySet<string> = new Set(['vehicle', 'bus', 'coach', 'lorry', 'truck', 'van', 'train', 'taxi', 'motorcycle', 'tram']);
/**
 * Canonical units that count people of one kind ("patients", "users", "residents"): a count of "people" may be the
 * same count in other words ("About 9,400 people came …" / "Nearly 9,400 patients came …"). Two kinds never are.
 */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set([
  'pupil', 'civilian', 'resident', 'citizen', 'child', 'woman', 'man', 'refugee', 'migrant', 'worker', 'employee', 'student', 'teacher',
  'patient', 'participant', 'volunteer', 'voter', 'prisoner', 'detainee', 'hostage', 'victim', 'officer', 'official', 'user',
  'customer', 'passenger', 'firefighter', 'journalist', 'miner', 'protester', 'demonstrator', 'survivor', 'tourist', 'pilgrim', 'guest', 'visitor', 'spectator', 'commuter',
]);

/** What happens to people in an event, as a count's state ("killed", "evacuated"): the people of one toll. */
export const PEOPLE_TOLL_STATES: ReadonlySet<string> = new Set(['killed', 'injured', 'displaced', 'missing', 'evacuated', 'hospitalised', 'ill', 'rescued', 'infected', 'trapped']);

/**
 * Kinds of people one count may be written as ("38 children" / "38 pupils" on one coach; "1,150 workers" / "1,150
 * employees"): one group each, by unit.
 */
export const PEOPLE_KINDS: ReadonlyMap<string, string> = new Map([
  ...['child', 'pupil', 'student'].map((u) => [u, 'young'] as const),
  ...['worker', 'employee'].map((u) => [u, 'staff'] as const),
  ...['passenger', 'traveller', 'tourist'].map((u) => [u, 'travelling'] as const),
]);

/**
 * Words for one kind of thing a count or a "none" may be written with ("38 ships were waiting at anchor" / "52 vessels
 * were at anchor"; "No ships were diverted" / "At least 11 vessels were diverted": a held-out subject of session 48).
 * The first of each group stands for the others. Only words whose counted sense is one ("vessel" as a craft; not
 * "post", which may be a job or a message).
 */
export const THING_KINDS: readonly (readonly string[])[] = [
  ['ship', 'vessel'],
  ['aircraft', 'plane', 'jet', 'airliner', 'aeroplane', 'airplane', 'turboprop', 'helicopter'],
];

/** Verbs before a count of people that say they are the workforce of the one before the verb ("the factory employs 480 people"). */
export const EMPLOY_VERBS: ReadonlySet<string> = new Set(['employs', 'employ', 'employed', 'employing']);

/** Verbs of taking people to hospital ("12 were taken to hospital", "treated at St Mary's Hospital"). */
export const TO_HOSPITAL_VERBS: readonly string[] = ['admitted', 'treated', 'taken', 'rushed', 'airlifted', 'flown'];

/**
 * Phrases after a count of people that say what happened to them: on strike ("2,900 teachers walked off the job",
 * "3,400 nurses have been on the picket lines"), ill ("47 people have fallen ill") or in hospital ("seven people have
 * been admitted to hospital"). Token sequences (lower case) → state; `units`, when given, are the only counts it is said of.
 */
export const STATE_PHRASES_AFTER: readonly { words: readonly string[]; state: string; units?: ReadonlySet<string> }[] = [
  ...['walked', 'walk', 'walks', 'walking'].flatMap((w) => [[w, 'out'], [w, 'off']]),
  ...['went', 'go', 'goes', 'gone', 'going'].map((w) => [w, 'on', 'strike']),
  ['on', 'strike'], ['on', 'the', 'picket', 'line'], ['on', 'the', 'picket', 'lines'], ['on', 'picket', 'lines'],
  ['joined', 'the', 'strike'], ['joined', 'the', 'walkout'], ['staged', 'a', 'walkout'], ['downed', 'tools'],
  ['took', 'part', 'in', 'the', 'strike'], ['took', 'part', 'in', 'the', 'walkout'],
].map((words): { words: readonly string[]; state: string } => ({ words, state: 'striking' })).concat(
  // people made ill by an outbreak: "47 people have fallen ill", "38 became sick", "23 have been taken ill", and in a
  // relative clause "61 people who fell ill" (only these: "200 girls who were abducted" beside "kidnapped 219 girls"
  // would split a row)
  ['fell', 'fallen', 'falling', 'became', 'become', 'got', 'gotten', 'getting', 'taken']
    .flatMap((w) => [[w, 'ill'], [w, 'sick']])
    .flatMap((p) => [p, ['who', ...p], ['who', 'have', ...p], ['who', 'had', ...p]])
    .map((words) => ({ words, state: 'ill' })),
  // the same count as outbreak reports also give it: "31 staff members have caught the virus", "97 patients have had
  // symptoms", "58 members of staff have been off sick" (a held-out norovirus subject of session 49)
  ['caught', 'contracted', 'catching', 'contracting']
    .flatMap((w) => [[w, 'it'], ...['virus', 'bug', 'infection', 'disease', 'illness'].flatMap((n) => [[w, 'the', n], [w, n]])])
    .concat([['had', 'symptoms'], ['developed', 'symptoms'], ['reported', 'symptoms'], ['shown', 'symptoms'], ['showed', 'symptoms'], ['off', 'sick'], ['gone', 'down', 'with'], ['went', 'down', 'with']])
    .map((words) => ({ words, state: 'ill' })),
  // what an outbreak, a strike or a storm shut, said in the passive only ("Five wards … have been closed", "Seven wards
  // remain shut"; not "4,100 dock workers closed the port")
  ['been', 'were', 'was', 'are', 'is', 'be', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed']
    .flatMap((w) => [[w, 'closed'], [w, 'shut']])
    .map((words) => ({ words, state: 'closed' })),
  // people in hospital, as reporters say it: "seven people have been admitted to hospital", "nine were treated in
  // hospital", "12 were taken to hospital" are the count "12 people have been hospitalised" gives
  // (and "taken by ambulance to hospital")
  // (American English sends them to hospitals: "23 people were taken to hospitals", "treated at area hospitals")
  TO_HOSPITAL_VERBS.flatMap((w) => [[w, 'to', 'hospital'], [w, 'in', 'hospital'], [w, 'to', 'the', 'hospital'], [w, 'at', 'the', 'hospital'], ...['to', 'at', 'in'].flatMap((p) => [[w, p, 'hospitals'], [w, p, 'area', 'hospitals'], [w, p, 'local', 'hospitals']])])
    .flatMap((p) => [p, [p[0]!, 'by', 'ambulance', ...p.slice(1)]])
    .map((words) => ({ words, state: 'hospitalised' })),
  // people hurt, as police and ambulance services count them: "37 people were treated for injuries", "Four people
  // suffered minor injuries", "two sustained serious injuries"
  ['injuries', 'injury', 'burns'].flatMap((w) => [['treated', 'for', w], ['treated', 'for', 'their', w]])
    .concat(['suffered', 'sustained'].flatMap((v) => ['', 'minor', 'serious', 'severe', 'slight', 'critical', 'head'].map((adj) => (adj ? [v, adj, 'injuries'] : [v, 'injuries']))))
    .concat(['minor', 'serious', 'severe', 'slight', 'critical', 'head'].map((adj) => ['treated', 'for', adj, 'injuries']))
    .map((words) => ({ words, state: 'injured' })),
  // people made to leave their homes, as councils and reporters say it: "About 450 people have had to leave their
  // homes", "600 residents were forced from their homes", "were ordered out of their homes" are the count "450 people
  // were evacuated" gives
  [['leave', 'their', 'homes'], ['left', 'their', 'homes'], ['fled', 'their', 'homes'], ['forced', 'from', 'their', 'homes'],
    ['forced', 'out', 'of', 'their', 'homes'], ['ordered', 'out', 'of', 'their', 'homes'], ['ordered', 'from', 'their', 'homes'],
    ['driven', 'from', 'their', 'homes']].map((words) => ({ words, state: 'evacuated' })),
  // people aboard a ship, train or plane: "121 people on board", "172 people were aboard" (a count of who was there
  // when it crashed or ran aground, as operators, coastguards and ticket records give it)
  [['on', 'board'], ['aboard'], ['checked', 'on', 'board'], ['checked', 'aboard'], ['boarded']].map((words) => ({ words, state: 'aboard' })),
  // people whose journeys an outage or a strike stopped, as passenger groups count them: "14,000 passengers had their
  // journeys cancelled or cut short" is the count "9,000 passengers were affected" gives (blind subject: an airline's
  // computer failure)
  ['journeys', 'flights', 'trips', 'travel', 'holidays'].flatMap((what) => ['cancelled', 'canceled', 'disrupted', 'delayed'].map((how) => ['had', 'their', what, how]))
    .map((words) => ({ words, state: 'affected' })),
  // complaints a body got, however said: "More than 9,000 complaints have been made to the council" is the count "We
  // have received 6,350 complaints" gives (a held-out subject of session 68)
  [['made'], ['lodged'], ['received'], ['submitted']].map((words) => ({ words, state: 'received', units: COMPLAINT_UNITS })),
  // a crowd, as organisers and stewards count it: "8,000 people were at the display", "had attended", "came through the
  // park's four entrances", "turned out" are one attendance (a held-out fireworks display of session 68); "at the
  // display" only after its verb, so "people at the display were hurt" still counts the hurt
  ['attended', 'attending', 'attend']
    .map((w) => [w])
    .concat(['came', 'passed', 'poured', 'streamed'].map((w) => [w, 'through']))
    .concat([['turned', 'out'], ['turned', 'up'], ['went', 'through', 'the', 'turnstiles'], ['packed', 'into']])
    .concat(['were', 'was'].flatMap((v) => CROWD_EVENTS.map((e) => [v, 'at', 'the', e])))
    .map((words) => ({ words, state: 'attended', units: CROWD_UNITS })),
  // vehicles a fault or bad fuel stopped: "More than 90 cars broke down", "212 vehicles … that had broken down"
  ['broke', 'broken', 'break', 'breaking']
    .flatMap((w) => [[w, 'down'], ['that', w, 'down'], ['which', w, 'down'], ['that', 'had', w, 'down'], ['which', 'had', w, 'down'], ['that', 'have', w, 'down']])
    .map((words) => ({ words, state: 'broken-down', units: VEHICLE_UNITS })),
  // a shortfall: "It was just 12 drivers short of its full complement", "58 drivers short of the 470 it needed" (a
  // held-out rail timetable of session 60): how many are missing, whatever the whole
  [['short', 'of'], ['fewer', 'than', 'needed'], ['fewer', 'than', 'it', 'needed'], ['fewer', 'than', 'it', 'needs']].map((words) => ({ words, state: 'short' })),
  // people who work somewhere ("520 people work at Ardley", "the 900 staff who work for the group", "1,200 people are
  // employed at the plant"): the workforce, where the place after "at"/"for"/"in" says whose. Not "working at", a
  // modifier ("two people working at the plant were hurt" counts the hurt).
  ['work', 'worked'].flatMap((w) => ['at', 'for', 'in'].flatMap((p) => [[w, p], ['who', w, p], ['still', w, p]]))
    .concat(['are', 'were', 'is'].flatMap((b) => ['at', 'by', 'in'].flatMap((p) => [[b, 'employed', p], ['who', b, 'employed', p]])))
    .concat(['at', 'by', 'in'].map((p) => ['employed', p]))
    .map((words) => ({ words, state: 'employed', units: WORKFORCE_UNITS })),
);

/** Nouns of a strike before "by"/"of"/"involving" and a count: "a strike by 3,400 teachers", "the walkout of 900 drivers". */
export const STRIKE_NOUNS: ReadonlySet<string> = new Set(['strike', 'walkout', 'stoppage']);

/**
 * States said before the counted noun, between it and the number: "3,400 striking teachers", "1,400 cancelled
 * appointments". (Only these: "43 missing students" is read by the rows' predicate, figure-rows.ts.)
 */
export const STATE_PREMODIFIERS: Readonly<Record<string, string>> = {
  striking: 'striking', cancelled: 'cancelled', canceled: 'cancelled', postponed: 'postponed',
  // "7,400 dead fish", "three dead soldiers": as many killed
  dead: 'killed',
  // "the district's 142 former drivers" are not the 168 drivers a contractor has now (a held-out subject of session 63)
  former: 'former',
};

/** Participles after a sum that say what it is ("a $3.4 million ransom was paid", "$5 million demanded by the gang"). */
export const MONEY_STATE_PARTICIPLES: Readonly<Record<string, string>> = { paid: 'paid', demanded: 'demanded', sought: 'demanded' };

/**
 * Verbs before a sum of money that say what the sum is ("the attackers demanded $5 million", "paid a ransom of $3.4
 * million", "the deal will cost the district $41 million"): a sum demanded, a sum paid and a cost are three quantities.
 */
export const MONEY_STATE_VERBS: Readonly<Record<string, string>> = {
  demanded: 'demanded', demand: 'demanded', demands: 'demanded', demanding: 'demanded', sought: 'demanded',
  seeking: 'demanded', seeks: 'demanded', paid: 'paid', pay: 'paid', pays: 'paid', paying: 'paid', cost: 'cost',
  costs: 'cost', costing: 'cost',
  // "was fined 12 million euros", "fined Pacewell 12 million euros": a fine imposed, another sum than one paid or asked
  fined: 'fined', fine: 'fined', fines: 'fined', fining: 'fined',
  // what a court or a jury awards: "awarded her $2.9 million" is the sum "ordered the city to pay $2.4 million" gives
  // (figures.ts reads the order; a held-out subject of session 68)
  awarded: 'awarded', award: 'awarded', awards: 'awarded', awarding: 'awarded',
  // "will receive 40 pounds in compensation" is the sum "will be paid 30 pounds in compensation" gives
  receive: 'paid', receives: 'paid', received: 'paid', receiving: 'paid',
  // what a seller charged is what its buyer paid: "charged Tidewave about $48 million for the launch" / "paid about $62 million for the launch"
  charged: 'paid', charges: 'paid', charging: 'paid',
};

/** Nouns naming a sum by what happens to it: "a $8 million ransom demand", "a ransom demand of $8 million", "a $2 million payment". */
export const MONEY_STATE_NOUNS: Readonly<Record<string, string>> = {
  demand: 'demanded', demands: 'demanded', payment: 'paid', payments: 'paid', payout: 'paid',
  // "a 12 million euro fine", "a penalty of 18 million euros" (figures.ts fineKind: one called for is demanded)
  fine: 'fined', fines: 'fined', penalty: 'fined', penalties: 'fined',
};

/** Words before a fine's noun that make it one asked for, not imposed: "had called for a fine of at least 18 million euros". */
export const FINE_ASKED_WORDS: ReadonlySet<string> = new Set(['urged', 'urges', 'urging', 'sought', 'seeks', 'seeking', 'demanded', 'demands', 'demanding', 'wants', 'wanted', 'proposed', 'proposes', 'recommended', 'recommends', 'requested']);
/** Verbs before "for" and a fine's noun that ask for it: "called for a fine of …", "asked for a penalty of …". */
export const FINE_ASKED_BEFORE_FOR: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'ask', 'asks', 'asked', 'asking', 'push', 'pushed', 'pressed', 'argued']);
/** Words right before a fine's noun that make it a bound, no fine imposed: "the maximum penalty", "a possible fine". */
export const FINE_BOUND_WORDS: ReadonlySet<string> = new Set(['maximum', 'max', 'minimum', 'possible', 'potential', 'highest', 'largest', 'top']);

/**
 * Units of how long something lasts. A duration is of the doing its verb, adjective or subject noun names
 * (figures.ts durationState): "deliberated for about 11 hours" and "after deliberating for 14 hours" are one quantity.
 */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);
/** Adjectives a duration may be of, after a copula: "the server was open for 11 days", "the road stayed closed for a week". */
export const DURATION_ADJECTIVES: ReadonlySet<string> = new Set(['open', 'closed', 'shut', 'missing', 'offline', 'online', 'trapped', 'stranded', 'delayed', 'unavailable', 'down', 'idle', 'empty', 'vacant', 'detained', 'jailed', 'suspended', 'unpaid']);
/** Words that make a duration an average, another measure than one case or the longest: "an average of 47 minutes", "the median wait". */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'averaged', 'mean', 'median', 'typical']);

/** States a sum of money takes ({@link MONEY_STATE_VERBS}): reported of one event, like a toll. */
export const MONEY_STATES: ReadonlySet<string> = new Set([...Object.values(MONEY_STATE_VERBS), ...Object.values(MONEY_STATE_NOUNS)]);

/**
 * Nouns after "in" that say what form a sum is paid in, not what it is for: "$5 million in cryptocurrency", "$2 billion
 * in cash and stock" are sums of no category.
 */
export const PAYMENT_FORMS: ReadonlySet<string> = new Set([
  'cash', 'cryptocurrency', 'cryptocurrencies', 'crypto', 'bitcoin', 'bitcoins', 'stock', 'shares', 'ether',
]);

/** Nouns that name what a deal costs: "the deal", "the agreement", "the contract" are one thing. */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['deal', 'agreement', 'contract', 'settlement', 'pact', 'accord']);

/**
 * What a reported cost is the cost of (singular): an undertaking, a works or an event ("the deal will cost the district
 * $41 million", "the project would cost $2 billion", "the union's demands would cost $70 million"). A product's price
 * ("the watch will cost $349", "bottles costing $20,000") is no cost of one event, and two prices of one kind of thing are
 * rarely one quantity: they get no state.
 */
export const COST_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  ...AGREEMENT_NOUNS, 'plan', 'proposal', 'project', 'program', 'programme', 'scheme', 'package', 'bill', 'measure',
  'policy', 'reform', 'expansion', 'renovation', 'repair', 'upgrade', 'overhaul', 'cleanup', 'recovery', 'rebuild',
  'reconstruction', 'construction', 'demand', 'cut', 'raise', 'increase', 'change', 'strike', 'attack', 'outage',
  'storm', 'fire', 'flood', 'closure', 'merger', 'acquisition', 'takeover', 'bailout', 'stadium', 'arena', 'bridge',
  'tunnel', 'terminal', 'line', 'plant', 'facility', 'extension', 'redevelopment', 'development', 'war',
  // public undertakings of one event ("the recount has cost the county $140,000", "the inquiry will cost $2 million")
  'recount', 'election', 'inquiry', 'investigation', 'audit', 'search', 'evacuation', 'recall',
  // a company's or a body's undertakings named by what they do ("the restructuring will cost about $14 million")
  'restructuring', 'reorganisation', 'reorganization', 'relocation', 'refurbishment', 'modernisation', 'modernization',
  'retrofit', 'refit', 'rollout', 'shutdown', 'rescue', 'replacement', 'demolition', 'restoration',
  // "the work is expected to cost", "put the cost of the work at": the undertaking the story is about
  'work', 'works',
]);

/**
 * Undertakings named by a gerund before what they act on, with the noun {@link COST_SUBJECT_NOUNS} holds for each:
 * "repairing the hall will cost about £4.2 million" and "put the cost of repairing the hall at £9.8 million" are both the
 * repair's cost (a held-out subject of session 50). Not "building" (also a noun: "the building will cost").
 */
export const GERUND_UNDERTAKINGS: ReadonlyMap<string, string> = new Map([
  ['repairing', 'repair'], ['rebuilding', 'rebuild'], ['renovating', 'renovation'], ['refurbishing', 'refurbishment'],
  ['upgrading', 'upgrade'], ['overhauling', 'overhaul'], ['replacing', 'replacement'], ['demolishing', 'demolition'],
  ['restoring', 'restoration'], ['relocating', 'relocation'], ['modernising', 'modernisation'], ['modernizing', 'modernisation'],
  ['constructing', 'construction'], ['extending', 'extension'], ['expanding', 'expansion'], ['investigating', 'investigation'],
  ['evacuating', 'evacuation'], ['auditing', 'audit'], ['retrofitting', 'retrofit'], ['refitting', 'refit'],
  ['redeveloping', 'redevelopment'], ['reconstructing', 'reconstruction'], ['recalling', 'recall'],
]);

/**
 * Verbs before "by" and a count of votes that make the count a margin ("won by 112 votes", "had led by 131 votes",
 * "ahead by 97 votes"): a margin is another quantity than the votes a candidate got.
 */
export const MARGIN_WORDS: ReadonlySet<string> = new Set([
  'won', 'win', 'wins', 'winning', 'led', 'lead', 'leads', 'leading', 'ahead', 'behind', 'trailed', 'trails', 'trailing',
  'lost', 'lose', 'loses', 'losing', 'beat', 'beats', 'defeated', 'edged', 'prevailed',
]);

/** Area units: "the fire grew to 14,200 acres" gives the area burned. */
export const AREA_UNITS: ReadonlySet<string> = new Set(['acre', 'hectare', 'sq mile', 'sq km']);

/** Verbs of a growing area before "to" or the area itself ("grew to", "has spread to", "reached"). */
export const AREA_GROWTH_VERBS: ReadonlySet<string> = new Set([
  'grew', 'grown', 'grows', 'growing', 'spread', 'spreads', 'spreading', 'expanded', 'expands', 'swelled', 'swollen',
  'reached', 'reaches', 'ballooned', 'exploded',
]);

/** Words naming a fire: an area a fire grew to is an area burned. */
export const FIRE_WORDS: ReadonlySet<string> = new Set(['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'bushfire', 'bushfires', 'flames', 'inferno']);

/** Words before a number that make it an increment, not a total ("a further 200 jobs", "another 40 homes"). */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set(['further', 'another', 'additional', 'extra']);

/** Count nouns of jobs: "450 jobs will go" and "the cuts will cost 450 jobs" say they are cut. */
export const JOB_UNITS: ReadonlySet<string> = new Set(['job', 'position', 'post', 'role']);

/**
 * Cardinal number words a count may be spelled out in ("two people", "twenty-five workers", "one hundred and twenty
 * homes"): below a hundred, tens and units joined by a hyphen or a space. Ordinals ("third", "second") are not here: "a
 * third body" ranks a body, it counts none.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Words that multiply the spelled number before them ("two hundred", "three thousand", "a dozen"). Their plurals
 * ("hundreds of", "dozens of", "thousands of") are not numbers: they give no value a report could be checked against.
 */
export const NUMBER_SCALE_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Fractions after a number word: "two thirds of the town" is a share, not a count of thirds. */
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'seventh',
  'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths', 'hundredth', 'hundredths',
]);

/** Ordinal suffixes: "5th" is a date or rank, not a count. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/**
 * Nouns naming one event (an explosion, a crash, strikes): figures of one subject are compared as conflicting
 * reports only when their sentences name the same kind of event (or none), so a count of people killed in a
 * crash never sits beside a count of people killed in strikes. Singular, lower case; plurals match by stem.
 */
export const EVENT_NOUNS: readonly string[] = [
  'explosion', 'blast', 'strike', 'airstrike', 'raid', 'attack', 'bombing', 'shooting', 'crash', 'collision',
  'earthquake', 'quake', 'flood', 'fire', 'wildfire', 'storm', 'hurricane', 'cyclone', 'typhoon', 'landslide',
  'stampede', 'riot', 'protest', 'ambush', 'massacre', 'outbreak', 'derailment', 'collapse', 'clash', 'battle',
  'shelling', 'siege', 'offensive', 'sinking', 'shipwreck', 'fighting', 'epidemic', 'heatwave', 'drought',
];

/**
 * Verbs that give a sum as an estimate of a quantity they name before "at": "puts Skylark's debts at £140 million",
 * "estimated the cost of its investigation … at about £1.2 million" (figures.ts sumKind, figure-rows.ts sumNounOf).
 */
export const ESTIMATE_AT_VERBS: ReadonlySet<string> = new Set([
  'put', 'puts', 'putting', 'estimated', 'estimates', 'estimate', 'estimating', 'valued', 'values', 'placed', 'places',
  'reckoned', 'calculated', 'calculates', 'assessed', 'assesses', 'set', 'sets',
]);
