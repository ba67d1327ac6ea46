/**
 * Very small per-language function-word lists, enough to tell English from its neighbours
 * when the script is Latin. Not a language identifier: a guess for flagging non-English input.
 */

/** BCP-47 primary tag → frequent function words (lower case). */
export const LANGUAGE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'are', 'he', 'said', 'from', 'this', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'eine', 'dem', 'des', 'auch', 'wird', 'im', 'nach'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'est', 'une', 'un', 'pour', 'que', 'qui', 'dans', 'pas', 'sur', 'au', 'avec', 'ce', 'sont', 'aux'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al', 'como', 'más', 'pero', 'fue'],
  it: ['il', 'la', 'che', 'di', 'e', 'per', 'una', 'sono', 'del', 'della', 'non', 'con', 'gli', 'le', 'nel', 'alla', 'è', 'anche', 'più', 'dei'],
  pt: ['o', 'a', 'os', 'as', 'que', 'do', 'da', 'em', 'para', 'com', 'não', 'uma', 'um', 'no', 'na', 'por', 'mais', 'dos', 'foi', 'é'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'ook', 'aan', 'er', 'maar', 'om', 'werd'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'к', 'из', 'за', 'от', 'его', 'для', 'о', 'но', 'так', 'был', 'она'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'та', 'до', 'як', 'це', 'за', 'від', 'його', 'для', 'у', 'але', 'був', 'вона', 'їх', 'який'],
};

/** Script → language tag when a script implies the language (or 'und' when it does not). */
export const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  Han: 'zh', Hiragana: 'ja', Katakana: 'ja', Hangul: 'ko', Arabic: 'ar', Hebrew: 'he', Greek: 'el',
  Devanagari: 'hi', Thai: 'th', Georgian: 'ka', Armenian: 'hy', Bengali: 'bn', Tamil: 'ta',
  Ethiopic: 'am', Cyrillic: 'und', Latin: 'und',
};
