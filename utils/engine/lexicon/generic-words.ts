/**
 * Words too general to be a concept topic on their own ("said", "year", "people") and page chrome
 * ("comment", "subscribe"). Stop words are excluded separately (stopwords.ts); this list only keeps
 * topic mining from promoting everyday news vocabulary to topics.
 */
export const GENERIC_WORDS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'added', 'according', 'noted', 'asked', 'stated', 'behalf',
  'others', 'couple', 'individual', 'individuals', 'exact', 'context',
  // measures: what a number counts, not a subject ("miles north of Baghdad")
  'mile', 'miles', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'inches', 'acres', 'hectares',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times', 'today', 'yesterday',
  'tomorrow', 'ago', 'past', 'next', 'previous', 'recent', 'recently', 'current', 'currently', 'early', 'late',
  'later', 'earlier', 'people', 'person', 'thing', 'things', 'way', 'ways', 'part', 'parts', 'lot', 'lots',
  'number', 'numbers', 'including', 'include', 'includes', 'also', 'well', 'make', 'makes', 'made', 'making',
  'take', 'takes', 'taken', 'took', 'taking', 'get', 'gets', 'got', 'come', 'comes', 'came', 'coming', 'go',
  'goes', 'going', 'went', 'gone', 'see', 'sees', 'seen', 'saw', 'know', 'known', 'knows', 'want', 'wants',
  'need', 'needs', 'needed', 'use', 'used', 'uses', 'using', 'like', 'look', 'looks', 'several', 'good', 'great',
  'high', 'low', 'big', 'small', 'large', 'long', 'short', 'new', 'old', 'first', 'second', 'third', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'hundreds', 'thousand',
  'thousands', 'million', 'millions', 'billion', 'billions', 'percent', 'per', 'cent', 'able', 'really', 'certainly',
  'actually', 'kind', 'sort', 'whole', 'much', 'many', 'certain', 'various', 'given', 'based', 'around', 'back',
  'able', 'likely', 'possible', 'following', 'put', 'set', 'keep', 'kept', 'find', 'found', 'show', 'shows',
  'shown', 'showed', 'give', 'gave', 'given', 'think', 'thought', 'believe', 'continue', 'continued',
  'continues', 'remain', 'remains', 'remained', 'become', 'became', 'begin', 'began', 'began', 'begun', 'end',
  'ended', 'place', 'area', 'areas', 'case', 'cases', 'point', 'fact', 'issue', 'issues', 'matter', 'news',
  'article', 'articles', 'related', 'comment', 'comments', 'click', 'subscribe', 'read', 'share', 'email',
  'follow', 'link', 'photo', 'photos', 'image', 'images', 'video', 'videos', 'copyright', 'rights', 'reserved',
  'advertisement', 'newsletter', 'login', 'log', 'register', 'registration', 'sign', 'account', 'cookie',
  'cookies', 'privacy', 'policy', 'terms', 'top', 'button', 'page', 'home', 'menu', 'search', 'required',
  'field', 'denotes', 'successful', 'please', 'participate', 'discussion', 'post', 'posted', 'published',
  'updated', 'editor', 'editors', 'staff', 'desk', 'agency', 'via', 'whether', 'however', 'among', 'within',
  'already', 'even', 'ever', 'never', 'often', 'always', 'sometimes', 'still', 'yet', 'told', 'called', 'call',
  'calls', 'report', 'reported', 'reports', 'reporting', 'statement', 'statements', 'official', 'officials',
  'source', 'sources', 'claimed', 'claims', 'claim', 'claiming', 'move', 'moves', 'step', 'steps', 'plan', 'plans', 'week', 'latest', 'amid', 'despite',
  'longer', 'further', 'rather',
  'instead', 'least', 'less', 'more', 'most', 'enough', 'little', 'able', 'unable', 'ahead', 'away', 'together',
];

/**
 * Broad everyday news nouns and adjectives: not a concept topic on their own ("government", "military"),
 * but they may form one with a more specific word ("foreign troops", "Iraqi government").
 */
export const BROAD_WORDS: readonly string[] = [
  // words of every story, not a subject alone ("the right to", "by means of", "more details", "a dozen")
  'right', 'means', 'detail', 'details', 'update', 'updates', 'mention', 'mentions', 'close', 'dozen', 'dozens',
  'group', 'groups', 'country', 'countries', 'government', 'governments', 'military', 'member', 'members', 'force',
  'forces', 'state', 'states', 'nation', 'nations', 'national', 'world', 'region', 'regions', 'regional', 'city',
  'cities', 'president', 'minister', 'leader', 'leaders', 'leadership', 'man', 'men', 'woman', 'women', 'child',
  'children', 'family', 'families', 'life', 'lives', 'house', 'office', 'side', 'sides', 'level', 'levels',
  'support', 'supported', 'work', 'works', 'working', 'problem', 'problems', 'question', 'questions', 'help',
  'team', 'system', 'systems', 'program', 'programme', 'service', 'services', 'information', 'data', 'result',
  'results', 'change', 'changes', 'power', 'powers', 'control', 'order', 'interest', 'interests', 'political',
  'public', 'international', 'local', 'foreign', 'major', 'general', 'former', 'senior', 'key', 'important',
  'particular', 'different', 'real', 'true', 'full', 'free', 'clear', 'open', 'sure', 'best', 'better', 'total',
  'main', 'hand', 'hands', 'head', 'name', 'line', 'term', 'terms', 'role', 'idea', 'effort', 'efforts',
  'process', 'position', 'situation', 'example', 'reason', 'decision', 'action', 'actions', 'development',
  'community', 'party', 'parties', 'market', 'money', 'business', 'company', 'companies', 'law', 'laws', 'rule',
  'rules', 'operation', 'operations', 'activity', 'activities', 'presence', 'capacity', 'capability',
  'capabilities', 'commander', 'commanders', 'spokesman', 'secretary', 'prime', 'ministry', 'department',
  'agencies', 'administration', 'ground', 'opportunity', 'pressure', 'future', 'history', 'effect', 'effects',
  'impact', 'response', 'responses', 'comment', 'interview', 'conference', 'meeting', 'talks', 'discussion',
  'assessment', 'analysis', 'view', 'views', 'focus', 'mission', 'missions', 'strategy', 'plan', 'policy',
  'policies', 'shared', 'additional', 'several', 'ongoing', 'continued', 'significant', 'large', 'broader',
  'wide', 'widespread', 'strong', 'direct', 'main', 'common', 'recent', 'next', 'previous', 'final', 'entire',
  'whole', 'nearly', 'almost', 'probably', 'likely', 'really', 'truly', 'certain', 'particular', 'specific',
  'official', 'officials', 'organization', 'organisation', 'organizations', 'organisations', 'country’s', 'region’s', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'central',
];

/**
 * The most frequent nouns of news writing on any subject (war, politics, economy, crime, sport, health, weather):
 * "attacks", "troops", "coalition", "defeat", "election", "prices". Alone they say too little to be a concept
 * topic — every corpus has them — but with a specific word or a country they may form one ("US troops",
 * "budget deficit"). Lower case, singular and plural as written.
 */
export const GENERIC_NEWS_NOUNS: readonly string[] = [
  // conflict and security
  'attack', 'attacks', 'troop', 'troops', 'soldier', 'soldiers', 'coalition', 'coalitions', 'defeat', 'defeats',
  'war', 'wars', 'conflict', 'conflicts', 'fighting', 'fight', 'fights', 'fighter', 'fighters', 'army', 'armies',
  'battle', 'battles', 'violence', 'security', 'crisis', 'crises', 'threat', 'threats', 'strike', 'strikes',
  'weapon', 'weapons', 'militant', 'militants', 'enemy', 'enemies', 'ally', 'allies', 'alliance', 'base', 'bases',
  'victory', 'victories', 'war', 'killing', 'killings', 'death', 'deaths', 'casualty', 'casualties', 'victim',
  'victims', 'withdrawal', 'deployment', 'invasion', 'occupation', 'ceasefire', 'peace', 'terrorism', 'terrorist',
  'terrorists', 'insurgent', 'insurgents', 'insurgency', 'militia', 'militias', 'police', 'officer', 'officers',
  'intelligence', 'defense', 'defence', 'sanction', 'sanctions', 'troop', 'personnel', 'unit', 'units',
  // politics and law
  'election', 'elections', 'vote', 'votes', 'voter', 'voters', 'campaign', 'campaigns', 'parliament', 'congress',
  'senate', 'court', 'courts', 'judge', 'judges', 'trial', 'case', 'lawmaker', 'lawmakers', 'bill', 'bills',
  'reform', 'reforms', 'protest', 'protests', 'protester', 'protesters', 'crowd', 'crowds', 'deal', 'deals',
  'agreement', 'agreements', 'negotiation', 'negotiations', 'relation', 'relations', 'tension', 'tensions',
  'cooperation', 'partnership', 'diplomat', 'diplomats', 'embassy', 'ambassador', 'authority', 'authorities',
  'citizen', 'citizens', 'resident', 'residents', 'population', 'rights', 'freedom', 'power', 'regime',
  // economy and society
  'price', 'prices', 'cost', 'costs', 'budget', 'budgets', 'tax', 'taxes', 'economy', 'growth', 'trade', 'job',
  'jobs', 'worker', 'workers', 'industry', 'industries', 'investment', 'investments', 'fund', 'funds', 'funding',
  'money', 'bank', 'banks', 'sale', 'sales', 'profit', 'profits', 'loss', 'losses', 'rate', 'rates', 'share',
  'shares', 'customer', 'customers', 'project', 'projects', 'school', 'schools', 'student', 'students', 'health',
  'hospital', 'hospitals', 'patient', 'patients', 'doctor', 'doctors', 'study', 'studies', 'research', 'risk',
  'risks', 'crime', 'crimes', 'arrest', 'arrests', 'fire', 'fires', 'weather', 'storm', 'storms', 'water', 'food',
  'energy', 'oil', 'gas', 'transport', 'road', 'roads', 'home', 'homes', 'house', 'houses', 'land', 'event',
  'events', 'season', 'game', 'games', 'match', 'matches', 'player', 'players', 'fan', 'fans', 'club', 'clubs',
  // events and reporting
  'incident', 'incidents', 'situation', 'development', 'developments', 'effort', 'efforts', 'measure', 'measures',
  'warning', 'warnings', 'concern', 'concerns', 'demand', 'demands', 'threatening', 'response', 'reaction',
  'visit', 'visits', 'trip', 'speech', 'remarks', 'announcement', 'investigation', 'inquiry', 'evidence',
  'attempt', 'attempts', 'success', 'failure', 'progress', 'presence', 'pressure', 'role', 'aid', 'assistance',
  'training', 'operation', 'operations', 'mission', 'missions', 'strategy', 'withdraw', 'exit', 'commitment',
  'commitments', 'decision', 'decisions', 'statement', 'plan', 'majority', 'minority', 'quarter', 'member', 'members',
  // people by their relation to someone, and words for any story's material: a story's "friends", "identity" or
  // "site" is no subject of its own (mined as topics from one-story imports: "friends" of a suspect, a "female" athlete)
  'friend', 'friends', 'relative', 'relatives', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'colleague',
  'colleagues', 'wife', 'wives', 'husband', 'husbands', 'mother', 'mothers', 'father', 'fathers', 'son', 'sons',
  'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'parent', 'parents', 'girlfriend',
  'girlfriends', 'boyfriend', 'boyfriends', 'female', 'females', 'male', 'males', 'identity', 'identities',
  'relationship', 'relationships', 'rumor', 'rumors', 'rumour', 'rumours', 'site', 'sites', 'facility', 'facilities',
  'story', 'stories',
  // time
  'hour', 'hours', 'minute', 'minutes', 'decade', 'decades', 'century', 'centuries', 'period', 'periods',
];

/**
 * Nouns that, after a country word, only name the place itself ("Iraqi soil", "Syrian territory"): such a pair
 * is not a concept of its own. Lower case.
 */
export const PLACE_NOUNS: readonly string[] = [
  'soil', 'territory', 'territories', 'land', 'lands', 'ground', 'grounds', 'border', 'borders', 'airspace',
  'waters', 'side', 'frontier', 'frontiers', 'capital', 'mainland', 'coast', 'coastline', 'countryside', 'cities',
  'city', 'province', 'provinces', 'region', 'regions', 'border', 'north', 'south', 'east', 'west', 'interior',
];
