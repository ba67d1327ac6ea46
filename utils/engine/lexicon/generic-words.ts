/**
 * Words too general to be a concept topic on their own ("said", "year", "people") and page chrome
 * ("comment", "subscribe"). Stop words are excluded separately (stopwords.ts); this list only keeps
 * topic mining from promoting everyday news vocabulary to topics.
 */
export const GENERIC_WORDS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'added', 'according', 'noted', 'asked', 'stated',
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
];

/**
 * Broad everyday news nouns and adjectives: not a concept topic on their own ("government", "military"),
 * but they may form one with a more specific word ("foreign troops", "Iraqi government").
 */
export const BROAD_WORDS: readonly string[] = [
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
