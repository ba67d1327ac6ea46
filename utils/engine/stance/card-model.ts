/**
 * The committed card-pair model (./pair.ts; asset public/stance/card.bin) and its prediction: kept apart from pair.ts
 * so the trainer can use the features without the weights it is about to write.
 */
import { predictStance, shippedStanceModel, type StanceModel, type StanceProbabilities } from './model';
import { loadPairModel } from './pair';
import type { SparseFeatures } from './features';

/** The committed card-pair model (decoded once). */
export function cardPairModel(): StanceModel {
  return shippedStanceModel('card', loadPairModel);
}

/** Calibrated card-item probabilities for {@link import('./pair').pairFeatures} (classes as the headline model's). */
export function predictCardStance(x: SparseFeatures, m: StanceModel = cardPairModel()): StanceProbabilities {
  return predictStance(x, m);
}
