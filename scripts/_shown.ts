// Temporary diagnosis: every item a subject's card shows (label, basis, score, page sentence), for reading.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from './pack-files';
import { buildPack, validatePack } from '../utils/engine/pack';
import { buildCorpusIndex, matchPage } from '../utils/engine/match';
import { subjectsDir } from './blind-score';

const subject = process.argv[2]!;
const only = process.argv[3] ?? 'agrees';
const dir = join(subjectsDir, subject);
const files = readdirSync(join(dir, 'articles')).sort().map((f) => join(dir, 'articles', f));
const pack = validatePack(buildPack(loadArticles(files).analyzed, { createdAt: '2026-11-30T00:00:00.000Z' }));
const meta = JSON.parse(readFileSync(join(dir, 'page.json'), 'utf8'));
const m = matchPage(buildCorpusIndex(pack), { ...meta, text: readFileSync(join(dir, 'page.txt'), 'utf8') }, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
for (const t of m.topics) {
  const items = [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related].filter((c) => only === 'all' || c.relation.label === only || (process.argv[4] && c.claim.text.includes(process.argv[4])));
  for (const c of items) console.log(`[${t.topic.label}] ${c.relation.label} ${c.relation.basis ?? ''} s=${c.relation.score} sim=${c.relation.similarity} p=${JSON.stringify((c as any).stance ?? (c.relation as any).p ?? '')}\n   C: ${c.claim.text.slice(0, 150)}\n   P: ${c.pageSentence?.text.slice(0, 150)}`);
}
