/**
 * How the card scores on one blind subject (test/fixtures/subjects/*): which of the disputes, agreements and figure rows
 * its expected.json requires the card shows, and what it shows that the file rules out. Shared by `npm run eval:blind`
 * and the meta-test that no subject's card shows a wrong item (test/unit/cards/blind-wrong.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from './pack-files';
import { buildPack, validatePack } from '../utils/engine/pack';
import { buildCorpusIndex, matchPage } from '../utils/engine/match';
import type { Contrast, PageMatch } from '../utils/engine/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the subjects live. */
export const subjectsDir = join(root, 'test/fixtures/subjects');

interface Pair { page: string; claim: string; required?: boolean }
interface Expected {
  disputes: Pair[];
  agreements: Pair[];
  notAgreements: Pair[];
  figureContrasts: { event: string; values: number[]; required?: boolean }[];
  notFigureContrasts: { values: number[]; why: string }[];
}
/** The page a subject opens. */
export interface PageMeta { url: string; title: string; siteName: string; published: string }

/** The page of every subject the blind-subjects test opens, in its order. */
export function pagesOfTest(): Map<string, PageMeta> {
  const src = readFileSync(join(root, 'test/unit/cards/blind-subjects.test.ts'), 'utf8');
  const re = /card\('([^']+)', \{\s*url: '([^']+)',\s*title: (['"])(.*?)\3,\s*siteName: '([^']+)',\s*published: '([^']+)'/g;
  const out = new Map<string, PageMeta>();
  for (const m of src.matchAll(re)) out.set(m[1]!, { url: m[2]!, title: m[4]!, siteName: m[5]!, published: m[6]! });
  return out;
}

const itemsOf = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
const fits = (c: Contrast, p: Pair) => c.claim.text.includes(p.claim) && !!c.pageSentence?.text.includes(p.page);
const required = <T extends { required?: boolean }>(xs: T[]) => xs.filter((x) => x.required !== false);

/** The card of a subject's page against its articles (packed as the blind test packs them, matched at medium). */
export function subjectMatch(subject: string, page: PageMeta): PageMatch {
  const dir = join(subjectsDir, subject);
  const files = readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f));
  const pack = validatePack(buildPack(loadArticles(files).analyzed, { createdAt: '2026-11-30T00:00:00.000Z' }));
  return matchPage(buildCorpusIndex(pack), { ...page, text: readFileSync(join(dir, 'page.txt'), 'utf8') }, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
}

/** One subject's score and the lines that explain it. */
export function score(subject: string, page: PageMeta) {
  const expected = JSON.parse(readFileSync(join(subjectsDir, subject, 'expected.json'), 'utf8')) as Expected;
  const m = subjectMatch(subject, page);
  const items = itemsOf(m);
  const labelled = (label: string) => items.filter((c) => c.relation.label === label);
  const notes: string[] = [];
  const found = (pairs: Pair[], label: string) =>
    pairs.filter((p) => {
      const hit = labelled(label).some((c) => fits(c, p));
      if (!hit) {
        const shown = items.find((c) => c.claim.text.includes(p.claim));
        notes.push(`  miss ${label}: ${p.claim.slice(0, 70)} ↔ ${p.page.slice(0, 50)}${shown ? ` [shown as ${shown.relation.label} on "${shown.pageSentence?.text.slice(0, 40)}"]` : ' [not on the card]'}`);
      }
      return hit;
    }).length;
  const disputes = found(required(expected.disputes), 'disputes');
  const agrees = found(required(expected.agreements), 'agrees');
  const rows = m.topics.flatMap((t) => t.figures);
  const rowValues = rows.map((r) => new Set(r.entries.map((e) => e.figure.value)));
  const rowsShown = required(expected.figureContrasts).filter((r) => {
    const hit = rowValues.some((vs) => r.values.every((v) => vs.has(v)));
    if (!hit) notes.push(`  miss row: ${r.event} ${r.values.join(' / ')}`);
    return hit;
  }).length;
  const wrongDisputes = labelled('disputes').filter((c) => !expected.disputes.some((d) => fits(c, d)));
  const wrongAgrees = labelled('agrees').filter((c) => expected.notAgreements.some((n) => fits(c, n)) || expected.disputes.some((d) => fits(c, d)));
  for (const c of wrongDisputes) notes.push(`  WRONG dispute: ${c.claim.text.slice(0, 70)} ↔ ${c.pageSentence?.text.slice(0, 50)} [${c.relation.basis ?? ''} ${c.relation.score}]`);
  for (const c of wrongAgrees) notes.push(`  WRONG agree: ${c.claim.text.slice(0, 70)} ↔ ${c.pageSentence?.text.slice(0, 50)} [${c.relation.basis ?? ''} ${c.relation.score}]`);
  const together = (a: number, b: number) => expected.figureContrasts.some((r) => r.values.includes(a) && r.values.includes(b));
  let wrongRows = 0;
  for (const trap of expected.notFigureContrasts) {
    const vs = [...new Set(trap.values)];
    for (const [k, inRow] of rowValues.entries())
      for (let i = 0; i < vs.length; i++)
        for (let j = i + 1; j < vs.length; j++)
          if (!together(vs[i]!, vs[j]!) && inRow.has(vs[i]!) && inRow.has(vs[j]!)) {
            wrongRows++;
            notes.push(`  WRONG row ${rows[k]!.subject}: ${vs[i]} with ${vs[j]} (${trap.why.slice(0, 60)})`);
          }
  }
  return {
    subject,
    disputes: [disputes, required(expected.disputes).length],
    agrees: [agrees, required(expected.agreements).length],
    rows: [rowsShown, required(expected.figureContrasts).length],
    wrongDisputes: wrongDisputes.length,
    wrongAgrees: wrongAgrees.length,
    wrongRows,
    shown: { disputes: labelled('disputes').length, agrees: labelled('agrees').length, rows: rows.length },
    notes,
  };
}

/**
 * Every subject with an expected.json and the page it opens: the blind-subjects test's page, else its page.json (a
 * held-out subject: `heldOut`). A subject still being written (no expected.json) is left out.
 */
export function subjectPages(): { subject: string; page: PageMeta; heldOut: boolean }[] {
  const tested = pagesOfTest();
  const out: { subject: string; page: PageMeta; heldOut: boolean }[] = [];
  for (const s of readdirSync(subjectsDir).sort()) {
    if (!existsSync(join(subjectsDir, s, 'expected.json'))) continue;
    const page = tested.get(s) ?? (existsSync(join(subjectsDir, s, 'page.json')) ? (JSON.parse(readFileSync(join(subjectsDir, s, 'page.json'), 'utf8')) as PageMeta) : null);
    if (page) out.push({ subject: s, page, heldOut: !tested.has(s) });
  }
  return out;
}
