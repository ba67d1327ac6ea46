/**
 * Site chrome that surrounds article text on news pages: account banners, sharing widgets, comment
 * boxes, related-content lists, photo credits. Patterns are matched against one whole line,
 * lower-cased with whitespace collapsed; they are anchored and free of nested quantifiers, so each
 * runs in time linear in the line.
 */

/**
 * One segment of a share/follow bar ("Like Us On Facebook", "Follow The Daily Post on Twitter", "Contact The
 * Author"); a line made only of such segments, joined by | / • ·, is chrome (see clean.ts `isBoilerplateLine`).
 */
export const SOCIAL_SEGMENT =
  /^(?:(?:like|follow|find|join|connect with|subscribe to|watch) (?:us|me|[a-z0-9'’&. -]{1,40}?) on (?:facebook|twitter|x|instagram|youtube|linkedin|tiktok|pinterest|telegram|threads|whatsapp|google\+?)|contact (?:the )?(?:author|editor|editors|us|newsroom)|(?:follow|like|subscribe)(?: us)?)[.!]?$/;

/** Lines that are chrome wherever they appear. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^registration was successful!?$/,
  /^please follow the link (from|in) the (e-?mail|message) (sent|we sent) to\b/,
  /^to participate in the discussion\b/,
  /^(log ?in|sign ?in) or (register|sign ?up)\b/,
  /^(log ?in|sign ?in|sign ?up|register|subscribe|sign out|log ?out)( now| here| today)?[.!]?$/,
  /^do you like this (article|story|post)\??$/,
  /^did you (like|enjoy) this (article|story|post)\??$/,
  /^\d+ comments?$/,
  /^\d+ comment\(s\)$/,
  /^comment policy\b/,
  /^\* ?denotes required field/,
  /^no comments( yet)?[:.!]?$/,
  /^post a comment[:.]?$/,
  /^leave a (comment|reply)[:.]?$/,
  /^add (a |your )?comment[:.]?$/,
  /^(show|view|hide|load|read) (all |more )?comments$/,
  /^comments?( \(\d+\))?:?$/,
  /^join the (discussion|conversation|debate)[:.!]?$/,
  /^related (articles?|stories|posts|news|content|coverage|topics|reading)[:.]?$/,
  /^(read|see) (more|also)[:.]?$/,
  /^(read|see) also:/,
  // A link title after a label ("Also read: Christian Bale's Steve Jobs Looks a Lot Like Batman") is no claim.
  /^(also (read|see|watch)|read more|more|related|see more|watch):/,
  /^more (stories|news|articles) (from|on|about)\b/,
  /^you (may|might) (also )?(like|be interested in)[:.]?$/,
  /^recommended( for you| stories| articles)?[:.]?$/,
  /^(most (read|popular|viewed|shared)|trending( now)?|top stories|latest news|editor'?s picks)[:.]?$/,
  /^back to top( button)?$/,
  /^(share|share this|share this (article|story|post|page))( on [a-z]+)?[:.]?$/,
  /^(tweet|print|e-?mail|whatsapp|facebook|twitter|x|telegram|linkedin|reddit|copy link|pinterest|vk|flipboard)$/,
  /^(advertisement|sponsored|sponsored content|promoted|ad|ads)$/,
  /^skip to (main )?content$/,
  /^(subscribe to|sign up for) (our|the)\b.{0,60}newsletter/,
  /^follow us on\b/,
  /^click here\b/,
  /^we use cookies\b/,
  /^(accept|reject)( all)? cookies$/,
  /^(©|\(c\)|copyright)? ?(\d{4} )?all rights reserved\.?$/,
  /^loading\.?\.?\.?$/,
  /^go to the photo bank$/,
  /^open in (the )?app$/,
  /^listen to (this )?(article|story)$/,
  /^\d+ ?min(ute)?s? read$/,
  /^reading time:?\b/,
  /^(photo|video|image) gallery$/,
  /^(watch|video|photos?|gallery|audio|listen)[:.]?$/,
  /^(tags?|topics?|filed under|categories)[:]/,
  /^(print|save|share) (this )?(article|page|story)$/,
  /^(next|previous) (article|story|post)\b/,
  /^(send|report) (an )?(error|typo|correction)\b/,
  /^(if you|when you) (see|find|spot) (an )?(error|typo|mistake)\b/,
];

/**
 * Lines that start the page's tail (comments, related lists, feedback prompts). When one appears in
 * the second half of the text everything after it is dropped: user comments follow such markers.
 */
export const TAIL_MARKERS: readonly RegExp[] = [
  /^do you like this (article|story|post)\??$/,
  /^did you (like|enjoy) this (article|story|post)\??$/,
  /^\d+ comments?$/,
  /^\d+ comment\(s\)$/,
  /^comment policy\b/,
  /^no comments( yet)?[:.!]?$/,
  /^post a comment[:.]?$/,
  /^leave a (comment|reply)[:.]?$/,
  /^add (a |your )?comment[:.]?$/,
  /^comments?( \(\d+\))?:?$/,
  /^(show|view|load|read) (all |more )?comments$/,
  /^join the (discussion|conversation|debate)[:.!]?$/,
  /^to participate in the discussion\b/,
  /^related (articles?|stories|posts|news|content|coverage|reading)[:.]?$/,
  /^you (may|might) (also )?(like|be interested in)[:.]?$/,
  /^recommended( for you| stories| articles)?[:.]?$/,
  /^(most (read|popular|viewed|shared)|trending( now)?|top stories|latest news)[:.]?$/,
];

/** Substrings (lower case) that mark a photo credit or caption line when the line is short. */
export const CREDIT_MARKERS: readonly string[] = [
  '©', 'photo:', 'photo by', 'photos:', 'photograph:', 'photograph by', 'image:', 'image by',
  'image credit', 'picture:', 'pictured:', 'credit:', 'credits:', 'getty images', 'go to the photo bank',
  'above photo', 'file photo', 'ap photo', 'afp photo', 'reuters/', '/reuters', 'afp/', '/afp',
  'via getty', 'shutterstock', 'photo credit', 'caption:', 'illustration:', 'photo bank',
  '/epa', 'epa/', 'anadolu agency', 'wikimedia commons', 'creative commons',
];

/** Lines starting with these (lower case) are credits: "(c) ", "copyright ". */
export const CREDIT_PREFIXES: readonly string[] = ['(c) ', 'copyright ', '© ', 'source: ', 'photo: ', 'image: ', 'credit: '];

/**
 * Photo and wire agencies: a "© AFP" credit names who took the picture, not who published the
 * article, so it is not evidence of the outlet.
 */
export const PHOTO_AGENCIES: readonly string[] = [
  'afp', 'ap', 'associated press', 'reuters', 'getty', 'getty images', 'epa', 'epa-efe', 'efe',
  'shutterstock', 'alamy', 'xinhua', 'anadolu', 'anadolu agency', 'ina', 'wikimedia', 'wikimedia commons',
  'wikipedia', 'flickr', 'pool', 'handout', 'unsplash', 'pexels', 'istock', 'istockphoto', 'dpa',
  'imago', 'zuma', 'zuma press', 'sipa', 'abaca', 'pa', 'pa images', 'pa wire', 'ansa', 'kyodo',
  'yonhap', 'bloomberg', 'courtesy', 'file', 'public domain', 'us army', 'us navy', 'dvids',
];

/** Section names used as kicker labels above a headline ("Iraq News", "World", "Opinion"). Lower case. */
export const SECTION_WORDS: readonly string[] = [
  'news', 'world', 'politics', 'opinion', 'analysis', 'editorial', 'business', 'economy', 'sport',
  'sports', 'tech', 'technology', 'science', 'health', 'culture', 'breaking', 'exclusive', 'live',
  'update', 'updates', 'features', 'feature', 'investigation', 'investigations', 'interview',
  'commentary', 'region', 'local', 'national', 'international', 'middle east', 'africa', 'europe',
  'asia', 'americas', 'security', 'defense', 'defence', 'environment', 'climate', 'home', 'latest',
  'podcast', 'video', 'explainer', 'factbox', 'fact check', 'in depth', 'op-ed', 'blog', 'column',
];

/** Byline lead words: "News Desk", "Staff Writer", "Editorial Board", "By ...". Lower case. */
export const BYLINE_WORDS: readonly string[] = [
  'news desk', 'staff', 'staff writer', 'staff reporter', 'editorial board', 'editorial staff',
  'web desk', 'online desk', 'wire staff', 'newsroom', 'desk', 'correspondent', 'our correspondent',
  'agencies', 'wires', 'editor', 'editors',
];

/**
 * Field labels of article metadata ("Author: …", "Published 2 May 2024", "Photo: …", "Updated 14:05 GMT").
 * Lower case. A capitalised label is page furniture, never a name or a topic on its own.
 */
export const FIELD_LABELS: readonly string[] = [
  'author', 'authors', 'byline', 'by', 'published', 'updated', 'posted', 'modified', 'created', 'filed', 'dated',
  'date', 'dateline', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'image', 'images', 'credit', 'credits',
  'caption', 'illustration', 'graphic', 'video', 'audio', 'source', 'sources', 'editor', 'editors', 'writer',
  'reporter', 'reporting', 'contributor', 'contributors', 'tags', 'tag', 'category', 'categories', 'section',
  'publisher', 'publication', 'outlet', 'edited', 'written', 'words', 'updates',
];

/**
 * Words that name a masthead ("Plains Farm Weekly", "Harbor City Ledger", "Evening Post"): a capitalised name
 * with one of them is very likely a news outlet. Lower case.
 */
export const OUTLET_WORDS: readonly string[] = [
  'news', 'times', 'post', 'herald', 'journal', 'gazette', 'tribune', 'daily', 'weekly', 'monthly', 'ledger',
  'courier', 'chronicle', 'observer', 'guardian', 'telegraph', 'express', 'mirror', 'mail', 'star', 'sun',
  'standard', 'independent', 'record', 'register', 'review', 'monitor', 'dispatch', 'examiner', 'inquirer',
  'sentinel', 'globe', 'reporter', 'bulletin', 'press', 'wire', 'magazine', 'radio', 'tv', 'television',
  'broadcasting', 'network', 'media', 'agency', 'today', 'weekend', 'online', 'digest', 'gazetteer', 'leader',
  'advertiser', 'argus', 'beacon', 'clarion', 'enquirer', 'free press', 'pioneer', 'statesman', 'voice',
  'week', 'world', 'insider', 'times-union', 'citizen', 'democrat', 'republican', 'progress', 'current', 'report',
];

/**
 * Job titles written after a byline name ("By Jane Roe, Staff Writer", "By Jodie Farrant, President", "By Dr Colin
 * Merriman, Branch Secretary"): not an outlet — a campaign group's or a union's writer names the organisation on the
 * next line. Lower case: the nouns a title ends with; {@link BYLINE_ROLE_MODIFIERS} may stand before them.
 */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'producer', 'analyst', 'desk',
  'bureau', 'president', 'vice-president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'secretary', 'treasurer',
  'organiser', 'organizer', 'coordinator', 'officer', 'director', 'spokesperson', 'spokesman', 'spokeswoman',
  'campaigner', 'founder', 'co-founder', 'executive', 'head', 'lead', 'manager', 'captain', 'convenor', 'convener',
  'steward', 'representative', 'administrator', 'trustee',
];

/**
 * Words that stand before a byline title's noun ("Senior Correspondent", "Regional Organiser", "Press Officer"); alone,
 * or last, they are no title ("The Press", "The National" are newspapers). Lower case.
 */
export const BYLINE_ROLE_MODIFIERS: readonly string[] = [
  'senior', 'chief', 'special', 'foreign', 'political', 'business', 'science', 'health', 'freelance', 'campaigns',
  'campaign', 'policy', 'communications', 'press', 'branch', 'regional', 'national', 'general', 'deputy', 'vice',
  'assistant', 'executive', 'club', 'shop', 'union', 'managing', 'news', 'media',
];

/** Time-zone abbreviations that follow a time in date lines ("14:05 GMT"). Lower case. */
export const TIME_ZONES: readonly string[] = [
  'gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt',
  'et', 'pt', 'ct', 'mt', 'msk', 'ast', 'ist', 'jst', 'kst', 'aest', 'aedt', 'sast', 'wib', 'hkt', 'sgt',
];
