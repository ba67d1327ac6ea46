/**
 * Display thresholds of a card item's stance — the one place they live.
 *
 * How they were chosen: `npm run eval:cards` runs the DEV-story pages of the FNC-1 story split (never the validation
 * stories, never the seed subject) and prints precision / recall of "disputes" and "agrees" items for each threshold
 * on the learned model's calibrated probability (items the model adds on its own, beside the rule conflicts); the
 * committed value is the smallest threshold whose dev precision reaches the target (disputes ≥ 0.8, agrees ≥ 0.85),
 * else the most precise one if that precision is at least half the target, else 0.99 (off: no dev p reached it).
 * The validation pages are then scored once with these values.
 *
 * Dev (172 pages, 2026-11-28): model-only disputes were right 6 of 73 at t = 0.3 and never above 0.08 at any t
 * with ≥ 3 items → off. Model-only agrees were right 4 of 4 at t = 0.8 (5 of 8 at 0.7) → 0.8.
 */
export interface CardStanceThresholds {
  /** The model alone makes an item "disputes" from this calibrated p(disputes) (and on the same question). */
  disputes: number;
  /** The model alone makes an item "agrees" from this calibrated p(agrees) (and on the same question). */
  agrees: number;
}

/** Committed card thresholds (see the module comment; numbers from eval:cards on the dev stories). */
export const CARD_STANCE_THRESHOLDS: CardStanceThresholds = {
  disputes: 0.99,
  agrees: 0.8,
};
