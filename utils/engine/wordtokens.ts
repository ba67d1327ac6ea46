/**
 * Token sequences for the figure and claim grammar (hyphenated compounds kept whole, punctuation kept), and
 * look-ups over them (countries, government metonyms). The tokens come from the shared tokenizer (tokens.ts).
 */

import { GOVERNMENT_METONYMS, PLACES, type PlaceEntry } from './lexicon/places';
import { CHE_SINGULARS, ES_AFTER_S, ICS_SINGULARS, IE_SINGULARS, IRREGULAR_PLURALS, IRREGULAR_SINGULARS, O_ES_SINGULARS, S_SINGULARS } from './lexicon/plurals';
import { scanTokens } from './tokens';

/** A token with its offsets in the tokenized string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

/**
 * Tokenize `s` into words (hyphenated compounds whole: "US-led", "al-Sudani"), numbers ("5,200", "3.5") and single
 * punctuation characters. Delegates to the shared tokenizer's `scanTokens` with compounds and punctuation on.
 */
export function tokenize(s: string): Token[] {
  return scanTokens(s, { compounds: true, punct: true }).map((t) => ({ text: t.raw, start: t.start, end: t.end, kind: t.kind }));
}

/** The word without a possessive ending: "Iraq's" → "Iraq", "ISIS’s" → "ISIS". */
export function stripPossessive(w: string): string {
  return w.replace(/['’]s$/, '');
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== undefined && c.toUpperCase() === c && c.toLowerCase() !== c;
}

/**
 * English singular of a plural noun, lower case: "attacks" → attack, "casualties" → casualty, "nurses" → nurse, "buses"
 * → bus, "taxes" → tax, "crises" → crisis, "people" → person, "lives" → life. A word that is no plural comes back
 * as it is ("bus", "news", "analysis", "politics"). The exceptions are listed in lexicon/plurals.ts.
 */
export function singular(w: string): string {
  const l = w.toLowerCase();
  const irregular = IRREGULAR_PLURALS[l];
  if (irregular) return irregular;
  if (l.length <= 3 || !l.endsWith('s') || S_SINGULARS.has(l) || /(?:ss|us|is)$/.test(l) || ICS_SINGULARS.has(l)) return l;
  if (l.endsWith('ies')) {
    // "ties", "movies": an -ie noun; "cities", "allies": a -y noun
    return l.length <= 4 || IE_SINGULARS.has(l.slice(0, -1)) ? l.slice(0, -1) : l.slice(0, -3) + 'y';
  }
  if (l.endsWith('es')) {
    const stem = l.slice(0, -2); // the plural without -es ("tax", "bus", "nurs")
    const withE = l.slice(0, -1); // without -s ("nurse", "house", "prize")
    if (/(?:ss|x|sh|zz)$/.test(stem)) return stem; // classes, taxes, crashes, buzzes
    if (stem.endsWith('ch')) return CHE_SINGULARS.has(withE) ? withE : stem; // churches, but headaches
    // buses, viruses, gases; "-yses" of "-ysis" (catalyses); else the e is the noun's own (nurses, houses, cases, causes)
    if (stem.endsWith('s')) return ES_AFTER_S.has(stem) || (/bus$/.test(stem) && !/abus$/.test(stem)) ? stem : /yses$/.test(l) ? stem + 'is' : withE;
    if (stem.endsWith('o')) return O_ES_SINGULARS.has(stem) ? stem : withE; // heroes, but shoes
    return withE; // prizes, sizes, times, drives
  }
  return l.slice(0, -1);
}

/**
 * English plural of a singular noun ("body" → bodies, "tax" → taxes, "survey" → surveys, "nurse" → nurses, "crisis" →
 * crises, "hero" → heroes); a noun the same in both numbers ("news", "series") as it is.
 */
export function plural(w: string): string {
  const l = w.toLowerCase();
  const irregular = IRREGULAR_SINGULARS[l];
  if (irregular) return irregular;
  if ((S_SINGULARS.has(l) && !ES_AFTER_S.has(l)) || ICS_SINGULARS.has(l)) return w;
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(w) || O_ES_SINGULARS.has(l)) return w + 'es';
  return w + 's';
}

type AliasIndex = Map<string, { words: string[]; entry: PlaceEntry }[]>;
let placeIndex: AliasIndex | null = null;
let metonymIndex: Map<string, { words: string[]; key: string }[]> | null = null;

function aliasWords(alias: string): string[] {
  return tokenize(alias).map((t) => t.text);
}

function getPlaceIndex(): AliasIndex {
  if (!placeIndex) {
    placeIndex = new Map();
    for (const entry of PLACES) {
      for (const a of entry.aliases) {
        const words = aliasWords(a);
        const list = placeIndex.get(words[0]) ?? [];
        list.push({ words, entry });
        list.sort((x, y) => y.words.length - x.words.length);
        placeIndex.set(words[0], list);
      }
    }
  }
  return placeIndex;
}

/** Country (or union) named at token i ("United States", "US", "American", "Iraq's"); longest match. */
export function matchPlace(tokens: readonly Token[], i: number): { entry: PlaceEntry; length: number } | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const idx = getPlaceIndex();
  const cands = idx.get(first.text) ?? idx.get(stripPossessive(first.text));
  if (!cands) return null;
  for (const c of cands) {
    let ok = true;
    for (let k = 0; k < c.words.length; k++) {
      const t = tokens[i + k];
      const w = k === c.words.length - 1 && t ? stripPossessive(t.text) : t?.text;
      if (w !== c.words[k] && t?.text !== c.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: c.entry, length: c.words.length };
  }
  return null;
}

/** Government metonym at token i ("Pentagon", "White House", "Kremlin") → country key. */
export function matchMetonym(tokens: readonly Token[], i: number): { key: string; length: number } | null {
  if (!metonymIndex) {
    metonymIndex = new Map();
    for (const [name, key] of Object.entries(GOVERNMENT_METONYMS)) {
      const words = aliasWords(name);
      const list = metonymIndex.get(words[0]) ?? [];
      list.push({ words, key });
      list.sort((x, y) => y.words.length - x.words.length);
      metonymIndex.set(words[0], list);
    }
  }
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const cands = metonymIndex.get(stripPossessive(first.text));
  if (!cands) return null;
  for (const c of cands) {
    if (c.words.every((w, k) => tokens[i + k] && (tokens[i + k].text === w || stripPossessive(tokens[i + k].text) === w))) {
      return { key: c.key, length: c.words.length };
    }
  }
  return null;
}

/** The place entry for a key ("us" → United States entry), if known. */
export function placeByKey(key: string): PlaceEntry | undefined {
  return PLACES.find((p) => p.key === key);
}
