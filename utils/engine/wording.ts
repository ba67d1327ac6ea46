// One wording: whether two sentences are the same text carried twice (wire copy, a shared press release), as the card
// folds and marks them. A small module of its own: the content script's card code uses it too, without the engine.

/** Share of the longer text's words, in order, that two texts must have in common to be one wording (see {@link sameWording}). */
export const SAME_WORDING = 0.9;

/**
 * Whether two sentences are one wording: their word sequences (case and punctuation aside) share a common
 * subsequence of at least {@link SAME_WORDING} of the longer one. Reported speech of one quote ("X said the plant would
 * stay closed" / "The plant will stay closed, X said") is two outlets' own wording, not a copy.
 */
export function sameWording(a: string, b: string | undefined): boolean {
  if (!b) return false;
  const x = a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const y = b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const longer = Math.max(x.length, y.length);
  if (!longer || Math.min(x.length, y.length) < SAME_WORDING * longer) return false;
  // Longest common subsequence, one row at a time.
  let prev = new Uint16Array(y.length + 1);
  let row = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[y.length]! >= SAME_WORDING * longer;
}
