/**
 * Words common to news writing on ANY subject ("said", "government", "officials", "month"). Page matching
 * ignores them when asking whether a page uses a topic's typical vocabulary: a small corpus on one subject
 * cannot tell them apart from subject words by its own statistics, so general knowledge is kept as data.
 */
export const COMMON_NEWS_WORDS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tell', 'added', 'noted', 'according', 'report', 'reported', 'reports',
  'statement', 'statements', 'claim', 'claims', 'claimed', 'call', 'called', 'calls', 'asked', 'ask',
  'group', 'groups', 'government', 'governments', 'official', 'officials', 'country', 'countries', 'state',
  'states', 'national', 'international', 'public', 'people', 'part', 'parts', 'number', 'numbers', 'work',
  'working', 'works', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'times',
  'today', 'yesterday', 'tomorrow', 'recent', 'recently', 'new', 'news', 'old', 'first', 'second', 'third',
  'one', 'two', 'three', 'several', 'many', 'few', 'small', 'large', 'big', 'major', 'minor', 'high', 'low',
  'long', 'short', 'end', 'ended', 'begin', 'began', 'start', 'started', 'run', 'running', 'make', 'made',
  'take', 'took', 'taken', 'give', 'gave', 'given', 'get', 'got', 'go', 'went', 'come', 'came', 'back',
  'need', 'needs', 'needed', 'want', 'wanted', 'use', 'used', 'help', 'helped', 'keep', 'kept', 'put',
  'set', 'show', 'showed', 'shown', 'see', 'seen', 'know', 'known', 'think', 'believe', 'believed',
  'general', 'generally', 'past', 'future', 'current', 'currently', 'real', 'really', 'way', 'ways',
  'thing', 'things', 'issue', 'issues', 'point', 'points', 'case', 'cases', 'area', 'areas', 'place',
  'places', 'region', 'regional', 'local', 'city', 'world', 'global', 'support', 'supported', 'led',
  'lead', 'leader', 'leaders', 'meet', 'meeting', 'met', 'speak', 'spoke', 'speaking', 'pass', 'passed',
  'account', 'accounts', 'side', 'sides', 'plan', 'plans', 'planned', 'policy', 'policies', 'decision',
  'percent', 'per', 'cent', 'million', 'billion', 'thousand', 'thousands', 'hundreds', 'dozens', 'al',
  'mr', 'ms', 'mrs', 'dr', 'president', 'minister', 'prime', 'spokesman', 'spokeswoman', 'spokesperson',
  'press', 'media', 'interview', 'source', 'sources', 'article', 'story', 'photo', 'image', 'video',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'include', 'includes', 'including', 'included', 'remain', 'remains', 'remained', 'continue',
  'continued', 'continues', 'change', 'changed', 'changes', 'increase', 'increased', 'level', 'levels',
];
