/** Synthetic page fixtures shared by unit tests and `npm run bench` (scripts/bench-guards.ts). */

/** A synthetic article of `words` words in paragraphs of ~40 words with inline markup. */
export function syntheticArticle(words: number): string {
  const vocab = ['officials', 'said', 'the', 'Islamic', 'State', 'troops', 'in', 'Iraq', 'about', '2,500', 'remain', 'advise', 'forces', 'against', 'remnants', 'Pentagon', 'statement', 'Tuesday'];
  const paras: string[] = [];
  let n = 0;
  let k = 0;
  while (n < words) {
    const w: string[] = [];
    for (let i = 0; i < 40 && n < words; i++, n++) {
      const word = vocab[(k++ * 7) % vocab.length]!;
      w.push(i % 13 === 5 ? `<a href="#">${word}</a>` : i % 17 === 3 ? `<em>${word}</em>` : word);
    }
    paras.push(`<p>${w.join(' ')}.</p>`);
  }
  return `<!doctype html><html><head><title>Long read</title></head><body><nav>Home</nav><main><div class="story">${paras.join('\n')}</div></main><footer>©</footer></body></html>`;
}
