/**
 * Prepared claim features, computed once (at import, or by the background migration when the engine changes)
 * and stored with the claim (db.ts version 8, table `claimFeatures`), so matching a page reads a candidate claim's
 * terms, names and cue reading instead of tokenising, stemming and scanning it again — on a cold worker every
 * candidate would be new. Pure TypeScript: the same rows in Node and in the browser.
 *
 * Rows are versioned ({@link claimFeaturesVersion}) and carry a hash of the text they were computed from: a row of
 * another engine version or of an edited claim is ignored (the claim is prepared on the fly) until the migration
 * (utils/claim-features-store.ts) rewrites it.
 */
import { prepare, preparedFromStored, storablePrepared, type PreparedText, type StoredPreparedText } from './relation';
import { FEATURE_VERSION as STANCE_FEATURE_VERSION } from './stance/features';
import { corpusAliasGroups, domainLexicon, domainLexiconGeneration } from './lexicon/domain';
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
const SCHEMA = 4;

/**
 * A text touching every part of `prepare`: stems, names and their canonical keys, numbers, negation scope,
 * direction cues, refuting and hedging words. Its features are part of the version, so a new stemmer or
 * tokenizer (utils/engine/text.ts) or a changed cue lexicon that alters them moves the version by itself.
 */
const PROBE =
  'U.S. officials reportedly denied that the Islamic State is resurging, saying attacks had not increased in Iraq, ' +
  "while Gen. Alina Romanowski's analysts warned ISIS fighters are regrouping and growing stronger; 2,500 troops remain.";

let version: { generation: number; value: string } | null = null;

/**
 * The engine-features version stored rows are compared with. Besides the code (schema, stance features, the probe's
 * features), what `prepare` reads of the engine's state: the domain lexicon and the corpus's alias groups
 * (lexicon/domain.ts `useCorpusAliases`: "ISIS" = "Daesh" make one "#isis" term and entity). Recomputed when they
 * change (one small `prepare` and a hash of the groups).
 */
export function claimFeaturesVersion(): string {
  const generation = domainLexiconGeneration();
  if (version?.generation !== generation) {
    const probe = textHash(JSON.stringify(storablePrepared(prepare(PROBE)))).toString(36);
    const aliases = textHash(JSON.stringify([domainLexicon().id, corpusAliasGroups()])).toString(36);
    version = { generation, value: `${SCHEMA}.${STANCE_FEATURE_VERSION}.${probe}.${aliases}` };
  }
  return version.value;
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
 * Gives a claim object its stored features, so the relation reads them instead of preparing the claim. A row that
 * is missing or not current is left out: that claim is prepared on the fly, as before. Returns the prepared
 * features adopted, or null.
 */
export function adoptClaimFeatures(claim: Claim, row: ClaimFeaturesRow | undefined | null): PreparedText | null {
  return isCurrentFeatures(row, claim) ? preparedFromStored(claim, row) : null;
}

/** A claim's distinct content stems from its stored row (its terms without the "#name" terms), in text order. */
export function stemsOfRow(row: ClaimFeaturesRow): string[] {
  return row.terms.filter((t) => !t.startsWith('#'));
}
