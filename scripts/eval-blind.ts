// Scores the card on the blind subjects (test/fixtures/subjects/*): for each subject, how many of the disputes,
// agreements and figure rows its expected.json requires the card shows, and what it shows that the file rules out.
// The page each subject opens (url, title, outlet, date) is read from the blind-subjects test, so the two never drift;
// a subject the test does not open yet names its page in page.json and is scored as HELD OUT: its totals are printed
// apart, since no rule has been tuned on it (the first run of a new subject is the engine's out-of-sample number).
//
//   npm run eval:blind                 # one line per subject and the totals
//   npm run eval:blind -- --misses     # also each required item the card misses and each wrong one it shows
//   npm run eval:blind -- --json F     # the same numbers as JSON, to diff two checkouts
import { writeFileSync } from 'node:fs';
import { score, subjectPages } from './blind-score';

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--json');
// In the order the subject folders sort (the in-sample and held-out totals are printed apart).
const results = subjectPages()
  .filter(({ subject }) => only.length === 0 || only.includes(subject))
  .map(({ subject, page, heldOut }) => ({ ...score(subject, page), heldOut }));
const frac = ([a, b]: number[]) => `${a}/${b}`.padEnd(6);
console.log('subject                        disputes agrees rows   wrong d/a/row  shown d/a/rows');
for (const r of results) {
  console.log(`${(r.heldOut ? `${r.subject} *` : r.subject).padEnd(30)} ${frac(r.disputes)}   ${frac(r.agrees)} ${frac(r.rows)} ${`${r.wrongDisputes}/${r.wrongAgrees}/${r.wrongRows}`.padEnd(14)} ${r.shown.disputes}/${r.shown.agrees}/${r.shown.rows}`);
  if (args.includes('--misses')) for (const n of r.notes) console.log(n);
}
/** One totals line over `rs`. */
function totals(label: string, rs: typeof results): void {
  if (!rs.length) return;
  const sum = (k: 'disputes' | 'agrees' | 'rows') => [0, 1].map((i) => rs.reduce((s, r) => s + r[k][i]!, 0));
  const total = (k: 'wrongDisputes' | 'wrongAgrees' | 'wrongRows') => rs.reduce((s, r) => s + r[k], 0);
  const shown = (k: 'disputes' | 'agrees' | 'rows') => rs.reduce((s, r) => s + r.shown[k], 0);
  console.log(`${label.padEnd(30)} ${frac(sum('disputes'))}   ${frac(sum('agrees'))} ${frac(sum('rows'))} ${`${total('wrongDisputes')}/${total('wrongAgrees')}/${total('wrongRows')}`.padEnd(14)} ${shown('disputes')}/${shown('agrees')}/${shown('rows')}`);
}
totals('TOTAL', results.filter((r) => !r.heldOut));
totals('TOTAL held out (*)', results.filter((r) => r.heldOut));
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1]!, JSON.stringify(results, null, 1));
