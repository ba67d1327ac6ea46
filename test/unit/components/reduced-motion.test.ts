// A reader who asked for reduced motion gets no slide-in: the card itself carries .cl-theme and its own animation
// (cl-card-in), so the reduced-motion rule must match the themed root as well as its descendants. Before, only
// `.cl-theme *` was listed and the card still slid 4 px on open (the overlay e2e caught it as a card 2 px off its anchor).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The selectors and the body of the card styles' reduced-motion rule. */
function reducedMotionRule(css: string): { selectors: string[]; body: string } {
  const at = css.indexOf('@media (prefers-reduced-motion: reduce) {');
  expect(at).toBeGreaterThanOrEqual(0);
  const rest = css.slice(at + '@media (prefers-reduced-motion: reduce) {'.length);
  const open = rest.indexOf('{');
  const selectors = rest
    .slice(0, open)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((s) => s.trim());
  return { selectors, body: rest.slice(open + 1, rest.indexOf('}')) };
}

describe('reduced motion in the card styles', () => {
  it('switches off animation and transition on every themed root and everything in it', () => {
    const { selectors, body } = reducedMotionRule(readFileSync('components/styles/card.css', 'utf8'));
    expect(body).toMatch(/animation: none !important/);
    expect(body).toMatch(/transition: none !important/);
    expect(selectors).toContain('.cl-theme');
    expect(selectors).toContain('.cl-theme *');
  });
});
