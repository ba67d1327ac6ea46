// Test helper shared by the figure-row tests: a sentence's figures as one outlet's row entries.
import { extractFigures } from '@/utils/engine/figures';
import type { FigureEntryInput } from '@/utils/engine/figure-rows';

/** Every figure of one sentence, as entries of one outlet on one day (null: a report with no date). */
export function entries(outletName: string, date: string | null, sentence: string): FigureEntryInput[] {
  return extractFigures(sentence, { date }).map((figure) => ({
    entry: { figure, outletId: outletName.toLowerCase().replace(/\W+/g, '-'), outletName, claimId: `${outletName}:${sentence.length}`, date },
    context: sentence,
  }));
}
