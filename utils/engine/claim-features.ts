/**
 * Prepared claim features, computed once (at import, or by the background migration when the engine changes)
 * and stored with the claim (db.ts version 8; since version 22 packed per article, utils/article-features.ts), so matching a page reads a candidate claim's
 * terms, names and cue reading instead of tokenising, stemming and scanning it again — on a cold worker every
 * candidate would be new. Pure TypeScript: the same rows in Node and in the browser.
 *
 * Rows are versioned ({@link claimFeaturesVersion}) and carry a hash of the text they were computed from: a row of
 * another engine version or of an edited claim is ignored (the claim is prepared on the fly) until the migration
 * (utils/claim-features-store.ts) rewrites it.
 */
import { CUE_RULES_VERSION, prepare, preparedFromStored, storablePrepared, type PreparedText, type StoredPreparedText } from './relation';
import { FEATURE_VERSION as STANCE_FEATURE_VERSION } from './stance/features';
import { corpusAliasGroups, domainLexicon, domainLexiconGeneration, withCorpusAliasGroups, type AliasGroup } from './lexicon/domain';
import { aliasKey, COUNTRY_OF_KEY } from './topics';
import { escapeRegExp, tokenize } from './text';
import { substringSet, type SubstringSet } from './substring-set';
import type { Claim } from './types';

/** One claim's stored features. */
export interface ClaimFeaturesRow extends StoredPreparedText {
  /** The claim id. */
  id: string;
  /** {@link claimFeaturesVersion} of the engine that computed the row. */
  v: string;
  /** {@link textHash} of the claim text the row was computed from. */
  h: number;
}

/** Bump when the stored form or what `prepare` computes changes in a way the fingerprint below cannot see. */
// 2: direction cues record the unnamed object a transitive cue acts on (DirectionCueHit.object).
// 3: … and the unnamed noun a cue is said of (DirectionCueHit.subject), and of/in objects ("a surge in attacks").
// 4: "no" + two words denies the second ("no official notification"), "no one" negates like "nobody", motion verbs
//    ("jumped over the fence") are no direction cue, "a failed rescue attempt" is said of the attempt, and a negated
//    imperative ("saying 'don't shoot'") denies nothing.
// 5: a capitalised cue word inside a sentence is a name or a title ("the phony Rose story"), not a direction cue.
// 6: a quoted denial the sentence turns against ("…," but …) denies nothing; a possessor is not a negation's head.
// 7: a person's one-word name written inside a longer name it is not part of ("Diane Foley" of a "James Foley" group
//    with the alias "foley") names no one of the corpus's groups (topics.ts `partOfLongerName`).
const SCHEMA = 7;

/**
 * A text touching every part of `prepare`: stems, names and their canonical keys, numbers, negation scope,
 * direction cues, refuting and hedging words. Its features are part of the version, so a new stemmer or
 * tokenizer (utils/engine/text.ts) or a changed cue lexicon that alters them moves the version by itself.
 */
const PROBE =
  'U.S. officials reportedly denied that the Islamic State is resurging, saying attacks had not increased in Iraq, ' +
  "while Gen. Alina Romanowski's analysts warned ISIS fighters are regrouping and growing stronger; 2,500 troops remain.";

let version: { generation: number; value: string } | null = null;
/** The code part of the version per lexicon: computed once per process (the code does not change while it runs). */
const codeParts = new WeakMap<object, string>();
/** The corpus alias groups each version seen in this process was computed under (see {@link aliasGroupsOfVersion}). */
const groupsOfVersion = new Map<string, readonly AliasGroup[]>();

/**
 * The engine-features version stored rows are compared with: `<code>.<aliases>`. The code part (schema, stance
 * features, the probe's features under the lexicon alone, the lexicon) moves only with the engine; the alias part is a
 * hash of the corpus's alias groups (lexicon/domain.ts `useCorpusAliases`: "ISIS" = "Daesh" make one "#isis" term and
 * entity), which an import's topic mining moves. A row of another alias part but the same code part need not be
 * prepared again unless its claim names a surface whose group changed ({@link aliasChange}, issue 10).
 */
export function claimFeaturesVersion(): string {
  const generation = domainLexiconGeneration();
  if (version?.generation !== generation) {
    const lexicon = domainLexicon();
    let code = codeParts.get(lexicon);
    if (code === undefined) {
      // The probe without the corpus's groups: a mined group naming "Islamic State" must not move the code part.
      const probe = withCorpusAliasGroups([], () => textHash(JSON.stringify(storablePrepared(prepare(PROBE)))).toString(36));
      code = `${SCHEMA}.${STANCE_FEATURE_VERSION}.c${CUE_RULES_VERSION}.${probe}.${textHash(lexicon.id).toString(36)}`;
      codeParts.set(lexicon, code);
    }
    const groups = corpusAliasGroups();
    const value = `${code}.${textHash(JSON.stringify(groups)).toString(36)}`;
    if (!groupsOfVersion.has(value)) {
      groupsOfVersion.set(value, groups);
      // A long-lived worker sees a new state per import: keep the recent ones.
      if (groupsOfVersion.size > 16) groupsOfVersion.delete(groupsOfVersion.keys().next().value!);
    }
    version = { generation: domainLexiconGeneration(), value };
  }
  return version.value;
}

/** Every version this process computed, with its corpus alias groups (newest first). */
export function knownAliasVersions(): [string, readonly AliasGroup[]][] {
  return [...groupsOfVersion].reverse();
}

/** The code part of a features version (all but its alias part). */
export function codeVersionOf(v: string): string {
  const i = v.lastIndexOf('.');
  return i < 0 ? v : v.slice(0, i);
}

/** The corpus alias groups a version seen in this process was computed under, if known. */
export function aliasGroupsOfVersion(v: string): readonly AliasGroup[] | undefined {
  return groupsOfVersion.get(v);
}

/**
 * The surfaces an alias change can touch: every alias (lower case, and its alias key) and label of a corpus group
 * that is in one state and not in the other (added, dropped, or changed in any way), and of any corpus group sharing a
 * name with one of those. A group joins another only through a name it lists, so a claim naming none of them reads the
 * same names, terms and entities either way.
 */
export interface AliasChange {
  /** Lower-case surfaces, looked for in a claim's lower-cased text. */
  surfaces: string[];
  /** Alias keys (tokens' normal forms joined by a space), looked for among the claim's token norms. */
  keys: Set<string>;
  /** The longest key, in tokens. */
  maxTokens: number;
  /**
   * One letters-only part of each key: a claim whose lower-cased text (dots dropped, as initialisms' norms drop them)
   * contains none of them cannot hold a key, so it is not tokenised. Absent when some key has no such part.
   */
  anchors?: string[];
  /**
   * Matches any surface or anchor as a plain substring: one scan of a claim's text instead of one per surface. A
   * claim it finds nothing in (lower-cased, and with dots dropped) is untouched.
   */
  probe?: { test(text: string): boolean };
  /**
   * The surfaces (parallel to `surfaces`) and the anchors (parallel to `anchors`) as one automaton each: a claim's text
   * is scanned once for all of them, and only the surfaces it holds are checked for word boundaries (was an `indexOf`
   * per surface and per anchor for each claim the probe let through: ~0.3 ms per claim of an import batch in the
   * service worker, most of the batch's features stamp).
   */
  surfaceSet?: SubstringSet;
  anchorSet?: SubstringSet;
  /**
   * A change made of several ({@link aliasChangeOf}): the first part each surface (parallel to `surfaces`) and key
   * came from. With `upTo`, only the names of parts up to it count: one change of a whole chain, built once, answers
   * for each version of it (see {@link aliasChanges}).
   */
  levels?: { surfaces: number[]; keys: Map<string, number> };
  upTo?: number;
  /**
   * Of a change of several parts: the first part each literal of the probe (parallel to the strings `probe` was built
   * from) and each anchor (parallel to `anchors`) came from, so a version reading the parts up to `upTo` skips a claim
   * that holds only later parts' names without tokenising it. Without them, every claim naming a name of any part of
   * a long chain was tokenised (an import batch's features stamp: most of its claims, ~0.15 ms each).
   */
  probeLevels?: number[];
  anchorLevels?: number[];
  /** Every proper prefix of a key, in tokens: a run of norms that is none of them is no key's start. */
  keyPrefixes?: Set<string>;
}

/**
 * The names an alias change touches, as they are stored (the remembered alias states, utils/claim-features-store.ts):
 * lower-case surfaces and alias keys (see {@link AliasChange}).
 */
export interface AliasChangeNames {
  surfaces: string[];
  keys: string[];
}

/**
 * The last {@link aliasChangeNames} answer: an import batch asks it twice for the same two states (the change since the
 * remembered chain, to stamp the batch's rows and to write the chain's next step), each a walk of every corpus group.
 */
let lastNames: { before: readonly AliasGroup[]; after: readonly AliasGroup[]; names: AliasChangeNames } | null = null;

/** The names touched between two states of the corpus alias groups (see {@link AliasChange}). */
export function aliasChangeNames(before: readonly AliasGroup[], after: readonly AliasGroup[]): AliasChangeNames {
  if (lastNames?.before === before && lastNames.after === after) return lastNames.names;
  const names = changedNames(before, after);
  lastNames = { before, after, names };
  return names;
}

function changedNames(before: readonly AliasGroup[], after: readonly AliasGroup[]): AliasChangeNames {
  const id = (g: AliasGroup) => JSON.stringify([g.label, g.kind, g.aliases]);
  const had = new Set(before.map(id));
  const has = new Set(after.map(id));
  const surfaces = new Set<string>();
  const keys = new Set<string>();
  const take = (g: AliasGroup): void => {
    for (const a of [g.label, ...g.aliases]) {
      const s = a.toLowerCase().trim();
      if (s) surfaces.add(s);
      const k = aliasKey(a);
      if (k) keys.add(k);
    }
  };
  // A group whose label and kind stay, whose changed names no other group (of either state, nor the lexicon's or the
  // places' data) names, and whose names others do name are as they were, changes only the names whose surfaces it
  // added, dropped or reordered: every other name keeps its group, hence its canonical key and its topic (topics.ts
  // `dataGroups`). An import adding one alias to "Harwick Coaches" touched every claim naming the company.
  const pairs = ownGroupChanges(before.filter((g) => !has.has(id(g))), after.filter((g) => !had.has(id(g))), [...before, ...after]);
  for (const g of before) if (!has.has(id(g)) && !pairs.has(g)) take(g);
  for (const g of after) if (!had.has(id(g)) && !pairs.has(g)) take(g);
  for (const [, diff] of pairs) {
    for (const s of diff.surfaces) surfaces.add(s);
    for (const k of diff.keys) keys.add(k);
  }
  // A group sharing a name with a changed one may be merged into it (or out of it) in one state and not the other
  // (topics.ts `dataGroups`: the first group naming a key takes it): its names change canonical key too.
  const rest = [...before, ...after].filter((g) => had.has(id(g)) && has.has(id(g)));
  for (let grew = keys.size > 0; grew; ) {
    grew = false;
    for (let i = rest.length - 1; i >= 0; i--) {
      if (!rest[i]!.aliases.concat(rest[i]!.label).some((a) => keys.has(aliasKey(a)))) continue;
      take(rest[i]!);
      rest.splice(i, 1);
      grew = true;
    }
  }
  return { surfaces: [...surfaces], keys: [...keys] };
}

/** Alias keys of the lexicon's alias groups and of the places (the groups `dataGroups` adds before the corpus's). */
let staticKeys: { lexicon: unknown; keys: Set<string> } | null = null;
function dataKeys(): Set<string> {
  const lexicon = domainLexicon();
  if (staticKeys?.lexicon !== lexicon) {
    const keys = new Set<string>();
    for (const g of lexicon.aliasGroups) for (const a of g.aliases) keys.add(aliasKey(a));
    for (const k of COUNTRY_OF_KEY.keys()) keys.add(k); // the places' alias keys
    staticKeys = { lexicon, keys };
  }
  return staticKeys.keys;
}

/**
 * Of the changed groups, those found in both states by label and kind (once each) whose changed names no other group
 * names, and whose names that others name too are the same in both (so the group joins the same one): each with the
 * names of its keys whose surfaces differ between the two states (added, dropped or in another order, which decides
 * the surface a key is matched by). Keyed by both states' group objects.
 */
function ownGroupChanges(gone: readonly AliasGroup[], come: readonly AliasGroup[], all: readonly AliasGroup[]): Map<AliasGroup, AliasChangeNames> {
  const out = new Map<AliasGroup, AliasChangeNames>();
  if (!gone.length || !come.length) return out;
  const nameOf = (g: AliasGroup) => JSON.stringify([g.label, g.kind]);
  const once = (gs: readonly AliasGroup[]) => {
    const m = new Map<string, AliasGroup | null>();
    for (const g of gs) m.set(nameOf(g), m.has(nameOf(g)) ? null : g);
    return m;
  };
  const goneByName = once(gone);
  const comeByName = once(come);
  // Which groups (by label and kind) name each key, over both states; and the groups of both states as they are.
  const owners = new Map<string, Set<string>>();
  for (const g of all)
    for (const a of g.aliases) {
      const k = aliasKey(a);
      (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(nameOf(g));
    }
  const fixed = dataKeys();
  const changed = new Set([...gone, ...come].map(nameOf));
  const shared = (k: string, self: string) => fixed.has(k) || owners.get(k)!.size > 1 || !owners.get(k)!.has(self);
  const surfacesByKey = (g: AliasGroup) => {
    const m = new Map<string, string[]>();
    for (const a of g.aliases) (m.get(aliasKey(a)) ?? m.set(aliasKey(a), []).get(aliasKey(a))!).push(a.toLowerCase().trim());
    return m;
  };
  for (const [name, b] of goneByName) {
    const a = comeByName.get(name);
    if (!b || !a) continue;
    const was = surfacesByKey(b);
    const is = surfacesByKey(a);
    // Which group a name joins is decided by the group's names that others name too (`dataGroups`: the first of them an
    // earlier group holds): those must be the same, in the same order, and every other group naming them unchanged.
    // The names that differ must be the group's own.
    const sharedOf = (g: AliasGroup) => JSON.stringify(g.aliases.filter((x) => shared(aliasKey(x), name)));
    const others = (g: AliasGroup) => g.aliases.flatMap((x) => [...owners.get(aliasKey(x))!].filter((o) => o !== name));
    if (sharedOf(b) !== sharedOf(a) || [...others(b), ...others(a)].some((o) => changed.has(o))) continue;
    const differ = [...new Set([...was.keys(), ...is.keys()])].filter((k) => JSON.stringify(was.get(k) ?? []) !== JSON.stringify(is.get(k) ?? []));
    if (!differ.every((k) => k && !shared(k, name))) continue;
    const diff: AliasChangeNames = { surfaces: [], keys: [] };
    for (const k of differ) {
      diff.keys.push(k);
      for (const s of new Set([...(was.get(k) ?? []), ...(is.get(k) ?? [])])) if (s) diff.surfaces.push(s);
    }
    out.set(b, diff);
    out.set(a, diff);
  }
  return out;
}

/** What changed between two states of the corpus alias groups (see {@link AliasChange}). */
export function aliasChange(before: readonly AliasGroup[], after: readonly AliasGroup[]): AliasChange {
  return aliasChangeOf([aliasChangeNames(before, after)]);
}

/**
 * Above this many literals the probe is an automaton, not a regular expression: the union of a long chain of changes
 * (see {@link aliasChanges}) names thousands, and an alternation of them is tried literal by literal.
 */
const PROBE_REGEXP_MAX = 64;

/**
 * The change made of several changes' names, one after another: a claim none of them touches reads the same in the
 * first state as in the last (each step leaves its features as they were).
 */
export function aliasChangeOf(parts: readonly AliasChangeNames[]): AliasChange {
  // Each name's first part: a name of several parts counts from its first.
  const surfaceLevel = new Map<string, number>();
  const keyLevel = new Map<string, number>();
  parts.forEach((p, level) => {
    for (const s of p.surfaces) if (!surfaceLevel.has(s)) surfaceLevel.set(s, level);
    for (const k of p.keys) if (!keyLevel.has(k)) keyLevel.set(k, level);
  });
  const surfaces = new Set(surfaceLevel.keys());
  const keys = new Set(keyLevel.keys());
  const levels = parts.length > 1 ? { levels: { surfaces: [...surfaces].map((s) => surfaceLevel.get(s)!), keys: keyLevel } } : {};
  let maxTokens = 0;
  // Each anchor with the first part any key it stands for came from.
  const anchorLevel = new Map<string, number>();
  const keyPrefixes = new Set<string>();
  let anchored = 0;
  for (const k of keys) {
    const parts = k.split(' ');
    maxTokens = Math.max(maxTokens, parts.length);
    for (let n = 1; n < parts.length; n++) keyPrefixes.add(parts.slice(0, n).join(' '));
    const letters = parts.filter((x) => LETTERS_ONLY.test(x)).sort((a, b) => b.length - a.length)[0];
    if (!letters) continue;
    anchored++;
    const level = keyLevel.get(k)!;
    anchorLevel.set(letters, Math.min(anchorLevel.get(letters) ?? level, level));
  }
  const surfaceList = [...surfaces];
  const surfaceSet = surfaceList.length ? substringSet(surfaceList) : undefined;
  const base = { surfaces: surfaceList, keys, maxTokens, keyPrefixes, ...(surfaceSet ? { surfaceSet } : {}), ...levels };
  if (anchored !== keys.size) return base;
  // A literal's level: the first part naming it as a surface or standing for it as an anchor.
  const literalLevel = new Map(anchorLevel);
  for (const [s, level] of surfaceLevel) literalLevel.set(s, Math.min(literalLevel.get(s) ?? level, level));
  const literals = [...literalLevel.keys()];
  // Levelled, the probe is an automaton whatever its size: it reports which literal it found.
  const probe = !literals.length
    ? undefined
    : literals.length > PROBE_REGEXP_MAX || levels.levels
      ? substringSet(literals)
      : new RegExp(literals.map(escapeRegExp).join('|'));
  const anchorList = [...anchorLevel.keys()];
  const anchorSet = anchorList.length ? substringSet(anchorList) : undefined;
  const partLevels = levels.levels ? { probeLevels: literals.map((x) => literalLevel.get(x)!), anchorLevels: anchorList.map((a) => anchorLevel.get(a)!) } : {};
  return { ...base, anchors: anchorList, ...(probe ? { probe } : {}), ...(anchorSet ? { anchorSet } : {}), ...partLevels };
}

/**
 * Whether `set` finds a string in `text`; with `levels` (parallel to the set's strings), only one of a level up to
 * `upTo` counts.
 */
function holdsUpTo(set: { test(text: string): boolean }, text: string, levels: readonly number[] | undefined, upTo: number): boolean {
  if (!levels || upTo === Infinity) return set.test(text);
  return (set as SubstringSet).some(text, (k) => levels[k]! <= upTo);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A norm of letters only: the lower-cased word it came from holds it as is, once dots are dropped (tokens.ts
 * `normalise` otherwise only cuts a possessive's end or straightens an apostrophe, neither of which it contains).
 */
const LETTERS_ONLY = /^\p{L}+$/u;

/** Whether `s` occurs in `text` not inside a longer word ("is" is not in "this"). */
function containsWord(text: string, s: string): boolean {
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (wordAt(text, s, i)) return true;
  return false;
}

/** Whether the occurrence of `s` at `i` in `text` is not inside a longer word (see {@link containsWord}). */
function wordAt(text: string, s: string, i: number): boolean {
  const before = i > 0 ? text[i - 1]! : ' ';
  const after = i + s.length < text.length ? text[i + s.length]! : ' ';
  return (!WORD_CHAR.test(s[0]!) || !WORD_CHAR.test(before)) && (!WORD_CHAR.test(s[s.length - 1]!) || !WORD_CHAR.test(after));
}

/** Whether a claim's text names a surface of the change: then its features may differ and it is prepared again. */
export function touchedByAliasChange(text: string, change: AliasChange): boolean {
  if (!change.keys.size && !change.surfaces.length) return false;
  const lower = text.toLowerCase();
  // Most claims name none of the keys: substring tests instead of tokenising (issue 10: an import batch checks every
  // claim it stores, the migration every stored claim).
  const bare = change.anchors && lower.includes('.') ? lower.replace(/\./g, '') : lower;
  // Of a chain's change, only the names of its parts up to `upTo`.
  const upTo = change.upTo ?? Infinity;
  const probe = change.probe;
  if (change.anchors && probe && !holdsUpTo(probe, lower, change.probeLevels, upTo) && (bare === lower || !holdsUpTo(probe, bare, change.probeLevels, upTo))) return false;
  const surfaces = change.surfaces;
  const surfaceLevels = change.levels?.surfaces;
  const keyLevels = change.levels?.keys;
  const counts = (k: number) => !surfaceLevels || surfaceLevels[k]! <= upTo;
  if (change.surfaceSet ? change.surfaceSet.some(lower, (k, end) => counts(k) && wordAt(lower, surfaces[k]!, end - surfaces[k]!.length)) : surfaces.some((s, k) => counts(k) && containsWord(lower, s))) return true;
  if (change.anchors && !(change.anchorSet ? holdsUpTo(change.anchorSet, bare, change.anchorLevels, upTo) : change.anchors.some((a) => bare.includes(a)))) return false;
  // Names are spotted and matched on token norms ("U.S." → "us"): any run of norms equal to a key.
  const norms = tokenize(text).map((t) => t.norm);
  const prefixes = change.keyPrefixes;
  for (let i = 0; i < norms.length; i++) {
    let k = '';
    for (let n = 0; n < change.maxTokens && i + n < norms.length; n++) {
      k = n ? `${k} ${norms[i + n]}` : norms[i + n]!;
      if (change.keys.has(k) && (!keyLevels || keyLevels.get(k)! <= upTo)) return true;
      if (prefixes && !prefixes.has(k)) break; // no key goes on from here
    }
  }
  return false;
}

/** FNV-1a of a text: tells a row computed from another text of the same claim id (an edited article) apart. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Computes the stored features of claims (terms, names, cue reading): what import and the migration write. */
export function prepareClaimFeatures(claims: readonly Pick<Claim, 'id' | 'text' | 'figures' | 'topics'>[]): ClaimFeaturesRow[] {
  const v = claimFeaturesVersion();
  return claims.map((c) => ({
    id: c.id,
    v,
    h: textHash(c.text),
    // A fresh object: the claim's own cached features may be a stored copy already.
    ...storablePrepared(prepare({ text: c.text, figures: c.figures, topics: c.topics })),
  }));
}

/** Whether a stored row is current for this claim (this engine version, this text). */
export function isCurrentFeatures(row: ClaimFeaturesRow | undefined | null, claim: Pick<Claim, 'id' | 'text'>): row is ClaimFeaturesRow {
  return !!row && row.id === claim.id && row.v === claimFeaturesVersion() && row.h === textHash(claim.text);
}

/**
 * The remembered alias states of recent features versions (the meta row of utils/claim-features-store.ts): the newest
 * in full, each earlier one only as the names its change to a newer one of the chain touched — a few dozen names per
 * import batch instead of every group of the corpus, so the chain reaches back over a large import's batches.
 */
export interface AliasChain {
  /** The newest remembered version and its corpus alias groups. */
  version: string;
  aliases: readonly AliasGroup[];
  /**
   * Earlier versions, newest first; each with the names of its change to the chain's `version` or to a version before
   * it in this list (so the names of the steps up to and including it cover its change to `version`).
   */
  steps: ({ version: string } & AliasChangeNames)[];
}

/**
 * For a stored row's version: what changed in the alias groups since (null when its groups are unknown or its code
 * is another: the row is prepared again) — from the groups this process saw it under, or from the remembered chain
 * (the names of its steps up to it, and the chain's change to the current groups). Memoised per version for the run.
 */
export function aliasChanges(chain: AliasChain | null, version: string): (v: string) => AliasChange | null {
  const memo = new Map<string, AliasChange | null>();
  const current = corpusAliasGroups();
  const code = codeVersionOf(version);
  const steps = chain && codeVersionOf(chain.version) === code ? new Map(chain.steps.map((s, i) => [s.version, i + 1])) : null;
  if (steps && chain) steps.set(chain.version, 0);
  // The whole chain as one change whose part 0 is the chain's change to the current groups and part i its step i - 1:
  // built once (one automaton of every name), each version reads the parts up to its own (was one union per version:
  // ~100 versions after a 100k-claim import, each its own automaton).
  let whole: AliasChange | undefined;
  const wholeChain = (c: AliasChain) => (whole ??= aliasChangeOf([c.version === version ? { surfaces: [], keys: [] } : aliasChangeNames(c.aliases, current), ...c.steps]));
  return (v) => {
    let change = memo.get(v);
    if (change === undefined) {
      const sameCode = codeVersionOf(v) === code;
      const at = sameCode ? steps?.get(v) : undefined;
      const groups = sameCode && at === undefined ? aliasGroupsOfVersion(v) : undefined;
      change = at !== undefined ? { ...wholeChain(chain!), upTo: at } : groups ? aliasChange(groups, current) : null;
      memo.set(v, change);
    }
    return change;
  };
}

/**
 * The chain with `version` (standing for the corpus alias groups in force) as its newest state: `stored` (the chain
 * as read, or null) and the versions this process computed (an import writes rows under the groups in force
 * meanwhile) become its steps, each as its change's names; a chain of another code is dropped. At most `limit` steps.
 */
export function nextAliasChain(stored: AliasChain | null, version: string, limit: number): AliasChain {
  const groups = corpusAliasGroups();
  if (stored?.version === version) return stored;
  const code = codeVersionOf(version);
  const kept = stored && codeVersionOf(stored.version) === code ? stored : null;
  const inChain = new Set([version, ...(kept ? [kept.version, ...kept.steps.map((s) => s.version)] : [])]);
  const steps: AliasChain['steps'] = [];
  // A version of this process not in the chain: its change straight to `version`, which is sound at any place.
  for (const [v, g] of knownAliasVersions()) {
    if (codeVersionOf(v) !== code || inChain.has(v)) continue;
    inChain.add(v);
    steps.push({ version: v, ...aliasChangeNames(g, groups) });
  }
  if (kept) steps.push({ version: kept.version, ...aliasChangeNames(kept.aliases, groups) }, ...kept.steps);
  return { version, aliases: groups, steps: steps.slice(0, limit) };
}

/**
 * What a stored row needs to be of `version`: nothing (current); a new stamp, when it is of the same text and code
 * and its claim names no surface of the alias change since its version (what `prepare` computes for it is unchanged);
 * else the claim is prepared again.
 */
export function rowNeeds(c: Pick<Claim, 'id' | 'text'>, row: ClaimFeaturesRow | undefined, version: string, changeOf: (v: string) => AliasChange | null): 'nothing' | 'stamp' | 'prepare' {
  const sameText = !!row && row.id === c.id && row.h === textHash(c.text);
  if (sameText && row.v === version) return 'nothing';
  const change = sameText ? changeOf(row.v) : null;
  return change && !touchedByAliasChange(c.text, change) ? 'stamp' : 'prepare';
}

/**
 * Gives a claim object its stored features, so the relation reads them instead of preparing the claim. A row that
 * is missing or not current is left out: that claim is prepared on the fly, as before. With `changeOf` (the alias
 * change since each earlier version, {@link aliasChanges}), a row of an earlier alias state of the same code is used
 * where the migration would only re-stamp it ({@link rowNeeds}): the change since does not touch the claim. Returns
 * the prepared features adopted, or null.
 */
export function adoptClaimFeatures(claim: Claim, row: ClaimFeaturesRow | undefined | null, changeOf?: (v: string) => AliasChange | null): PreparedText | null {
  if (isCurrentFeatures(row, claim)) return preparedFromStored(claim, row);
  return row && changeOf && rowNeeds(claim, row, claimFeaturesVersion(), changeOf) === 'stamp' ? preparedFromStored(claim, row) : null;
}

/** A claim's distinct content stems from its stored row (its terms without the "#name" terms), in text order. */
export function stemsOfRow(row: ClaimFeaturesRow): string[] {
  return row.terms.filter((t) => !t.startsWith('#'));
}
