/**
 * The card stylesheet as a string, for injecting into the overlay's shadow root
 * (`createShadowRootUi({ css: cardCss, ... })`). Extension pages may import `./card.css` directly instead.
 */
import cardCss from './card.css?inline';

/** Styles for every ClaimLens component (card, lists, figures, timeline); safe inside a shadow root. */
export { cardCss };
