/**
 * Display thresholds of a card item's stance — the one place they live.
 *
 * How they were chosen: `npm run eval:cards` runs the DEV-story pages of the FNC-1 story split (never the validation
 * stories, never the seed subject) and prints precision / recall of "disputes" and "agrees" items for each threshold
 * on the learned model's calibrated probability; the committed value is the smallest threshold whose dev precision
 * reaches the target (disputes ≥ 0.8, agrees ≥ 0.85), or — when none does — the threshold of highest dev precision at
 * the recall stated below. The validation pages are then scored once with these values.
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
