/**
 * Who a page's generic nouns stand for, and when two receivers name one body. News names a body once ("The grid
 * operator, Northvale Power Networks, said …", "Orlanmoor Metro said 312 services had been cancelled") and calls it by
 * what it is after that ("the company said it had not been warned"); the other side names it ("our site supervisor wrote
 * to Northvale"). Held-out subjects of sessions 50–63 missed such warnings denied and given (a festival's organisers, a
 * substation's operator, a rail operator, a town and its council) because the two receivers shared no word.
 *
 * Pure patterns on the page's sentences, no parse:
 * - an appositive: "the <generic>, <Name>," ("The organisers, Hollin Park Events, announced …") or "<Name>, the
 *   <generic> …" ("Meridex Public Safety, the company that maintains …");
 * - else, for a business's generic ("the company", "the operator"), the name that most often opens a sentence as who
 *   speaks ("Orlanmoor Metro said …"), at least once, not a person by title ("Mr Pettifer said").
 * Generic nouns of one kind of body stand for each other ("the company" / "the operator"; "the town" / "the council").
 */
import { contentStem } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { TITLE_WORD_SET } from './lexicon/titles';

/** Generic nouns naming one kind of body, by kind (stems stand for each other within a kind). */
const KINDS: readonly (readonly string[])[] = [
  // (its managers are who a business is told through: "Our signallers … told management in writing on 6 December")
  // (not "supplier", "provider" or "contractor": another party of the body the page is about, "its technology supplier,
  // Kettlewell Systems")
  ['company', 'firm', 'operator', 'organisers', 'organizers', 'organiser', 'organizer', 'business', 'utility', 'carrier', 'management', 'managers', 'bosses'],
  ['town', 'city', 'council', 'borough', 'county', 'municipality', 'village', 'township'],
];
const stemOf = (w: string): string => contentStem(w) ?? w;
/** Per generic stem, the stems of its kind (itself included). */
const KIND_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  KINDS.flatMap((kind) => {
    const stems = new Set(kind.map(stemOf));
    return [...stems].map((s) => [s, stems] as const);
  }),
);
/** The generic nouns of a business: only these take a referent from who speaks most. */
const BUSINESS = new Set(KINDS[0]!.map(stemOf));

const GENERIC_WORDS = KINDS.flat().join('|');
/**
 * "the grid operator, Northvale Power Networks,": a generic (its modifiers before it) and the name after it — after
 * "the", not "its" ("its technology supplier, Kettlewell Systems" is another party's).
 */
const GENERIC_THEN_NAME = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(${GENERIC_WORDS}),\s+((?:[\p{Lu}][\p{L}'’&.-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}][\p{L}'’&.-]*){0,5}),`, 'gu');
/**
 * "Meridex Public Safety, the company that maintains …": a name opening its sentence or clause, and the generic after it
 * with what it does ("that", "which", "who") or a comma — not an attribution ("…, the company said") nor a possessive
 * ("Teresa Ocampo, the county's emergency director").
 */
const NAME_THEN_GENERIC = new RegExp(String.raw`(?:^|[;:(]\s*|\b(?:and|but|by|from|to|with|for)\s+)((?:[\p{Lu}][\p{L}'’&.-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}][\p{L}'’&.-]*){0,5}),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(${GENERIC_WORDS})(?:\s+(?:that|which|who)\b|,)`, 'gu');
/** A name opening a sentence as who speaks: "Orlanmoor Metro said …". */
const NAME_SPEAKS = /^((?:[\p{Lu}][\p{L}'’&.-]*)(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,5})\s+(\p{Ll}+)\b/u;
/**
 * First words that make a name a person's or an office's, not a business's: titles ("Mr Pettifer said", "Mayor Judith
 * Kern said", "Fire Chief Ray Castellano said"), and plural nouns that open a sentence in capitals ("Police said",
 * "Prosecutors said", "Tests confirmed").
 */
const NOT_A_BUSINESS = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Councillor|Cllr|Sergeant|Sgt|Inspector|Chief|Captain|Rev|Mayor|Governor|Senator|President|Minister|Secretary|Director|Superintendent|Sheriff|Deputy|Fire|Police|Health|Transport|Education|Farmer|Coach|Officer|Detective|Commissioner|Chair|Chairman|Chairwoman|Professor)\b|^\p{Lu}\p{Ll}+s$/u;
/** Words that open a sentence in capitals without naming anyone. */
const OPENERS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'on', 'in', 'at', 'by', 'after', 'before', 'but', 'and']);

/** Whether a name is a person's or an office's ({@link NOT_A_BUSINESS}, or a title word anywhere: "Agriculture Minister Owen Pryce"). */
const personOrOffice = (name: string): boolean => NOT_A_BUSINESS.test(name) || name.split(/\s+/).some((w) => TITLE_WORD_SET.has(w.toLowerCase()) || /^(?:police|cllr|commission|farmer)$/i.test(w));

/** Capitalised words inside the page's sentences: after a lower-case word or a comma, and after a capitalised word not opening its sentence. */
function capitalisedInside(sentences: readonly string[]): { lower: Set<string>; afterName: Set<string> } {
  const lower = new Set<string>();
  const afterName = new Set<string>();
  for (const s of sentences) {
    const words = s.trim().split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!.replace(/[^\p{L}'’-]+$/u, '');
      if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
      const prev = words[i - 1]!;
      if (/^\p{Ll}/u.test(prev) || prev.endsWith(',')) lower.add(w);
      if (/^\p{Lu}\p{Ll}+$/u.test(prev) && !(i === 1 && /^(?:The|A|An)$/.test(prev))) afterName.add(w);
    }
  }
  return { lower, afterName };
}

/** Content stems of a name ("Northvale Power Networks" → northval, power, network). */
function nameStems(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').toLowerCase())
    .filter((w) => w && w !== 'of' && w !== 'and' && w !== '&')
    .map(stemOf);
}

/**
 * Per generic stem the page uses, the content stems of the name it stands for ({@link sameBody} reads them for the
 * page's side). Empty when the page names no body so.
 */
export function pageReferents(sentences: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const set = (generic: string, name: string) => {
    const g = stemOf(generic.toLowerCase());
    if (!out.has(g)) out.set(g, nameStems(name));
  };
  for (const s of sentences) {
    for (const m of s.matchAll(GENERIC_THEN_NAME)) if (!personOrOffice(m[2]!)) set(m[1]!, m[2]!);
    for (const m of s.matchAll(NAME_THEN_GENERIC)) if (!OPENERS.has(m[1]!.split(/\s+/)[0]!.toLowerCase()) && !personOrOffice(m[1]!)) set(m[2]!, m[1]!);
  }
  // A business called by its generic with no appositive: the name that most often speaks first in a sentence.
  if (![...out.keys()].some((g) => BUSINESS.has(g))) {
    const speaks = new Map<string, number>();
    // One-word names as the page writes them inside sentences: after a lower-case word or a comma, and after another
    // capitalised word (a first name), read once for the page.
    let inside: { lower: Set<string>; afterName: Set<string> } | undefined;
    for (const s of sentences) {
      const m = NAME_SPEAKS.exec(s.trim());
      if (!m || !REPORTING_VERB_SET.has(m[2]!) || personOrOffice(m[1]!) || OPENERS.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) continue;
      // One word: a name only where the page writes it in capitals inside a sentence too ("Recount said" is no name),
      // and a person's surname where a first name stands before it ("Whitlock said", after "race director Tom Whitlock").
      if (!/\s/.test(m[1]!)) {
        inside ??= capitalisedInside(sentences);
        if (!inside.lower.has(m[1]!) || inside.afterName.has(m[1]!)) continue;
      }
      speaks.set(m[1]!, (speaks.get(m[1]!) ?? 0) + 1);
    }
    let best: [string, number] | null = null;
    for (const e of speaks) if (!best || e[1] > best[1]) best = e;
    if (best) for (const g of BUSINESS) out.set(g, nameStems(best[0]));
  }
  return out;
}

/** What a page's generic nouns stand for, or a way to read it when first asked ({@link pageReferents} is read once per page, lazily). */
export type Referents = ReadonlyMap<string, readonly string[]> | (() => ReadonlyMap<string, readonly string[]>);

/** A receiver's stems with what its generic nouns stand for: the other generics of their kind, and (`referents`) the page's name. */
function widened(stems: readonly string[], referents?: Referents): Set<string> {
  const out = new Set(stems);
  let names: ReadonlyMap<string, readonly string[]> | undefined;
  for (const s of stems) {
    const kind = KIND_OF.get(s);
    if (!kind) continue;
    // (the page is read only for a receiver named by a generic)
    names ??= typeof referents === 'function' ? referents() : referents;
    for (const k of kind) {
      out.add(k);
      for (const r of names?.get(k) ?? []) out.add(r);
    }
  }
  return out;
}

/**
 * Whether two receivers (content stems) name one body: a stem in common, generics of one kind ("town" / "council"), or
 * a generic of `x` that the page names so (`referents` of x's side: {@link pageReferents}).
 */
export function sameBody(x: readonly string[], y: readonly string[], referents?: Referents): boolean {
  if (x.some((w) => y.includes(w))) return true;
  const wx = widened(x, referents);
  const wy = widened(y);
  for (const w of wx) if (wy.has(w)) return true;
  return false;
}
