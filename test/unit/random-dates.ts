/**
 * Claim dates for search tests: every form a claim's date takes (day, month, year, none, and a form no parser knows),
 * spread over ~30 years so many dates are distinct and some shared. One draw per call of `rng`'s stream.
 */
export function randomDate(rng: () => number): string | null {
  const r = rng();
  const y = String(1995 + Math.floor(rng() * 31));
  const m = String(1 + Math.floor(rng() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
  if (r < 0.08) return null;
  if (r < 0.12) return y;
  if (r < 0.2) return `${y}-${m}`;
  // No known form: ordered as a string by a date sort, and its record decides a date bound.
  if (r < 0.22) return rng() < 0.5 ? `${y}/${m}/${d}` : `circa ${y}`;
  return `${y}-${m}-${d}`;
}
