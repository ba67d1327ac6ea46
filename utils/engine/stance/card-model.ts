/**
 * The committed card-pair model (./pair.ts) and its prediction: kept apart from pair.ts so the trainer can use the
 * features without the weights it is about to write.
 */
import { predictStance, type StanceModel, type StanceProbabilities } from './model';
import { loadPairModel } from './pair';
import type { SparseFeatures } from './features';
import { CARD_PAIR_WEIGHTS } from './pair-weights';

let shipped: StanceModel | null = null;
/** The committed card-pair model (decoded once). */
export function cardPairModel(): StanceModel {
  shipped ??= loadPairModel(CARD_PAIR_WEIGHTS);
  return shipped;
}

/** Calibrated card-item probabilities for {@link import('./pair').pairFeatures} (classes as the headline model's). */
export function predictCardStance(x: SparseFeatures, m: StanceModel = cardPairModel()): StanceProbabilities {
  return predictStance(x, m);
}
