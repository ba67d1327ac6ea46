/**
 * English function words. Used to tell sentence starters from names, to skip filler words when
 * scanning around numbers, and to estimate whether a text is English.
 */

/** Lower-case English stop words (articles, pronouns, auxiliaries, prepositions, conjunctions). */
export const STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'even', 'ever', 'every',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers',
  'herself', 'him', 'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'itself', 'just', 'last', 'less', 'many', 'may', 'me', 'meanwhile', 'might', 'more', 'most',
  'much', 'must', 'my', 'myself', 'never', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once',
  'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'same', 'shall', 'she',
  'should', 'since', 'so', 'some', 'still', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through',
  'thus', 'to', 'too', 'under', 'until', 'up', 'upon', 'us', 'very', 'was', 'we', 'were', 'what',
  'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with',
  'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself', 'yourselves',
  'although', 'already', 'almost', 'another', 'around', 'across', 'along', 'among', 'amid',
  'despite', 'either', 'else', 'instead', 'later', 'often', 'per', 'rather', 'soon', 'therefore',
  'toward', 'towards', 'unless', 'via', 'whereas', 'whatever', 'whenever', 'wherever', 'whoever',
];

/** Set form of {@link STOP_WORDS} for O(1) look-ups. */
export const STOP_WORD_SET: ReadonlySet<string> = new Set(STOP_WORDS);
