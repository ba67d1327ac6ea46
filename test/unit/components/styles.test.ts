import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardCss } from '../../../components/styles';

// Vitest does not process CSS by default (test.css is off), so `?inline` yields '' here; the build inlines the file.
const source = readFileSync(new URL('../../../components/styles/card.css', import.meta.url), 'utf8');

describe('card stylesheet', () => {
  it('is exported as a string for the shadow root', () => {
    expect(typeof cardCss).toBe('string');
  });

  it('isolates from the page and covers themes, motion and focus', () => {
    expect(source).toMatch(/:host\s*{\s*all:\s*initial/);
    expect(source).toContain(".cl-theme[data-theme='dark']");
    expect(source).toContain('prefers-color-scheme: dark');
    expect(source).toContain('prefers-reduced-motion: reduce');
    expect(source).toContain(':focus-visible');
    expect(source).not.toMatch(/\brem\b/); // rem would follow the page's root font size
  });
});
