import { describe, expect, it } from 'vitest';
import { PILL_MARGIN, liftAbove } from '@/utils/page/geometry';

describe('liftAbove', () => {
  const vh = 900;
  it('stays in the corner when nothing is there', () => {
    expect(liftAbove([], vh)).toBe(PILL_MARGIN);
  });
  it('clears a cookie banner fixed to the bottom', () => {
    expect(liftAbove([{ top: 824, bottom: 884, height: 60 }], vh)).toBe(900 - 824 + 12);
  });
  it('clears the highest of several bottom bars', () => {
    expect(liftAbove([{ top: 840, bottom: 900, height: 60 }, { top: 780, bottom: 890, height: 110 }], vh)).toBe(900 - 780 + 12);
  });
  it('ignores tall fixed panels and bars that do not reach the bottom', () => {
    expect(liftAbove([{ top: 0, bottom: 900, height: 900 }], vh)).toBe(PILL_MARGIN);
    expect(liftAbove([{ top: 600, bottom: 700, height: 100 }], vh)).toBe(PILL_MARGIN);
  });
});
