/**
 * Month and weekday names and relative time words, for date lines and dated statements.
 */

/** Lower-case month names and abbreviations → month number 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** English month names indexed 1..12 (index 0 empty), for labels. */
export const MONTH_NAMES: readonly string[] = [
  '', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];

/** Lower-case weekday names and abbreviations → day number (0 = Sunday, as Date.getUTCDay). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Relative day words → offset in days from the reference date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Words that may introduce a date line ("Published: 27 March 2024"). Lower case. */
export const DATE_LINE_PREFIXES: readonly string[] = [
  'published', 'updated', 'posted', 'last updated', 'first published', 'date', 'created', 'modified', 'on',
];

/*
 * What may stand between a reporting verb and the date of the statement ("told reporters in January", "said in an
 * interview with Reuters published on 25 March", "wrote on Facebook on Tuesday"). Anything else there is the
 * reported content, and a date in it is a date the statement refers to ("says will close at the end of March").
 */

/** Verbs whose object is who was told: "told reporters", "briefed the committee", "wrote state legislators". */
export const AUDIENCE_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'tell', 'telling', 'briefed', 'informed', 'assured', 'reassured', 'warned', 'urged', 'reminded', 'addressed',
  'wrote', 'writes', 'asked', 'asks', 'answered',
]);

/** Lower-case nouns for who was told or addressed ("told reporters", "told the committee"). */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'press', 'media', 'lawmakers', 'legislators', 'senators', 'mps', 'councillors', 'councilors',
  'trustees', 'governors', 'mayors', 'staff', 'employees', 'workers', 'investors', 'analysts', 'shareholders', 'members', 'committee', 'council', 'board', 'crowd', 'crowds',
  'supporters', 'students', 'residents', 'audience', 'viewers', 'listeners', 'readers', 'delegates', 'officials',
  'colleagues', 'parliament', 'congress', 'court', 'jury', 'judge', 'newspaper', 'paper', 'agency', 'broadcaster',
  'station', 'magazine', 'outlet', 'network', 'channel', 'union', 'citizens', 'voters', 'farmers', 'families',
  'parents', 'police', 'investigators', 'regulators', 'party', 'cabinet', 'people', 'nation', 'country', 'public',
  'hearing', 'inquiry', 'panel', 'assembly', 'senate', 'house', 'conference', 'summit', 'meeting', 'gathering',
  'rally', 'customers', 'clients', 'donors', 'followers', 'fans', 'troops', 'soldiers', 'leaders', 'ministers',
  'diplomats', 'counterparts', 'partners', 'allies', 'bloggers', 'correspondents', 'interviewers', 'host', 'hosts',
  'radio', 'television', 'tv', 'news', 'website', 'site', 'programme', 'program', 'show', 'podcast', 'me', 'us', 'him',
  'her', 'them',
]);

/** Lower-case nouns for an occasion of speaking: "in an interview", "at a news conference", "in a statement". */
export const OCCASION_WORDS: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'statement', 'statements', 'speech', 'speeches', 'briefing', 'briefings', 'conference',
  'hearing', 'post', 'posts', 'posting', 'tweet', 'tweets', 'letter', 'address', 'meeting', 'visit', 'call', 'podcast',
  'broadcast', 'remarks', 'comments', 'testimony', 'session', 'rally', 'event', 'appearance', 'email', 'e-mail', 'memo',
  'report', 'video', 'message', 'note', 'filing', 'op-ed', 'column', 'article', 'editorial', 'blog', 'documentary',
  'announcement', 'debate', 'summit', 'forum', 'assembly', 'ceremony', 'trip', 'tour', 'programme', 'program', 'show',
  'radio', 'television', 'tv', 'conversation', 'exchange', 'release', 'communique', 'communiqué', 'declaration',
  'notice', 'update', 'presentation', 'lecture', 'sermon', 'news', 'media', 'website', 'page', 'account', 'channel',
  'broadcaster', 'newspaper', 'paper', 'magazine', 'q&a', 'chat', 'livestream', 'stream', 'panel',
  'gathering', 'audience', 'court', 'parliament', 'senate', 'congress', 'committee', 'inquiry', 'trial', 'deposition',
  'submission', 'response', 'reply', 'thread', 'speaking', 'phone', 'telephone', 'calls', 'book',
  'memoir', 'meetings', 'talks', 'talk', 'visits', 'campaign', 'stop', 'hall', 'floor', 'podium', 'stage', 'studio',
  'series', 'piece', 'essay', 'story', 'feature', 'commentary', 'obituary', 'profile', 'dispatch',
]);

/** Lower-case participles that may follow an occasion ("an interview published on", "a video posted on"). */
export const OCCASION_PARTICIPLES: ReadonlySet<string> = new Set([
  'published', 'broadcast', 'aired', 'posted', 'released', 'held', 'given', 'issued', 'delivered', 'made', 'recorded',
  'filmed', 'conducted', 'sent', 'shared', 'televised', 'streamed', 'uploaded', 'printed', 'dated', 'filed', 'submitted',
  'written', 'signed', 'quoted', 'cited', 'speaking', 'writing',
]);

/** Lower-case prepositions that open an occasion or a medium: "in an interview", "on Facebook", "to reporters". */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'during', 'on', 'via', 'to', 'with', 'before', 'over', 'through', 'from', 'for', 'by', 'after', 'of',
]);

/** Lower-case words that may stand right before the date of a statement: "said on Tuesday", "said late last month". */
export const DATE_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier', 'mid', 'back']);

/** Lower-case adverbs that may follow a reporting verb before its date: "said publicly on Tuesday", "said again in May". */
export const SAYING_ADVERBS: ReadonlySet<string> = new Set([
  // and the pro-forms for what was said, which carry no content of their own: "said so", "predicted as much", "posted it"
  'so', 'it', 'this', 'as', 'much',
  'also', 'again', 'publicly', 'privately', 'previously', 'first', 'recently', 'repeatedly', 'separately', 'openly',
  'later', 'earlier', 'initially', 'originally', 'once', 'twice', 'too', 'then',
]);
