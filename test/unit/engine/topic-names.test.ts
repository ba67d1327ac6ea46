// One thing, one topic, of the right kind (issue 9 item 6): a described form folds into the name it describes
// ("Velmora Virus" = "Velmora", "Kestrix Inc" = "Kestrix"), a full name into the short name written after it
// ("Harbin Quay Grill" = "Harbin Quay", not "Port Asher Clinic" = "Port Asher"), a plural into its singular ("Orbit Lenses" = "Orbit
// Lens"), a surname used alone into the full name ("Quenby" = "Marla Quenby", a person), an organisation that "said
// it" is not a person, and words of every story ("the right to", "the secretive …") are not concepts. A subject of
// our own, through a full mine and through incremental imports after the seeds.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { mineTopics } from '@/utils/engine/topics';
import type { Topic } from '@/utils/engine/types';
import { seedCorpus } from './seed-corpus';
import { underLexicon } from './lexicon-scope';
import { SECURITY_NEWS_LEXICON } from '@/utils/engine/lexicon/domain';
import { importIncrementally } from './topics-incremental-helpers';

const TEXTS = [
  'Marla Quenby is raising money for victims of the Velmora virus. Quenby visited Port Asher last week with a team of nurses from the Port Asher Clinic. Diners at Harbin Quay Grill were among the first cases, and Harbin Quay said it was cooperating with inspectors. Kestrix said it would donate test kits to the clinic. Families say they have the right to know where the Velmora virus came from.',
  'The Velmora virus has spread to three towns on the coast. Kestrix CEO Dana Pritt said the company had shipped the kits. Marla Quenby, who grew up near Port Asher, appealed for help. Quenby praised the nurses. Inside the secretive Kestrix lab, workers tested samples. Harbin Quay Grill closed its dining room after two cooks fell ill. Harbin Quay said it would reopen once the kitchen was cleaned. Nurses from the Port Asher Clinic visited the town.',
  'Velmora Virus reaches the coast\n\nDoctors fear the Velmora virus will reach the capital. Kestrix said it expects demand for its Orbit Lenses to fall. Fans of Marla Quenby gathered outside the theatre, and Quenby thanked them. Residents demand the right to leave.',
  'Kestrix Inc said the new Orbit Lens would ship in May despite the Velmora virus. Marla Quenby wore an Orbit Lens at the premiere. The Velmora Virus has not slowed sales, analysts believe. A secretive deal with the port was signed. Harbin Quay Grill has served the harbour for thirty years. Harbin Quay said it had not been told of any illness before Monday.',
  'Kestrix Inc said it sold more Orbit Lenses this year than last. Marla Quenby starred in a film about the Velmora virus, and Quenby said the role changed her. Critics of the secretive Kestrix board asked for answers.',
];

function subject() {
  return TEXTS.map((text, i) => analyzeArticle({ name: `velmora-${i}.txt`, text, format: 'text', title: null, outlet: `Outlet ${i}`, url: `https://o${i}.example/story`, published: null, source: 'import', importedAt: 0 }));
}

function expectOneThingOneTopic(topics: readonly Topic[]): void {
  const byLabel = (l: string) => topics.filter((t) => t.label.toLowerCase() === l.toLowerCase());
  const labels = topics.map((t) => t.label.toLowerCase());
  // The virus: one topic, named by the shorter name, with the described form as an alias.
  expect.soft(labels).not.toContain('velmora virus');
  expect.soft(byLabel('Velmora')[0]?.aliases).toEqual(expect.arrayContaining(['velmora', 'velmora virus']));
  // The product: singular and plural one topic.
  const lens = topics.filter((t) => t.aliases.includes('orbit lens') || t.aliases.includes('orbit lenses'));
  expect.soft(lens.map((t) => t.label)).toHaveLength(1);
  expect.soft(lens[0]!.aliases).toEqual(expect.arrayContaining(['orbit lens', 'orbit lenses']));
  // The actress: a person, known by her surname too; no topic of the surname alone.
  expect.soft(byLabel('Marla Quenby').map((t) => t.kind)).toEqual(['person']);
  expect.soft(byLabel('Marla Quenby')[0]!.aliases).toContain('quenby');
  expect.soft(labels).not.toContain('quenby');
  // The company "said it …", has a CEO: an organisation, not a person; "Kestrix Inc" is the same company.
  expect.soft(byLabel('Kestrix').map((t) => t.kind)).toEqual(['org']);
  expect.soft(labels).not.toContain('kestrix inc');
  expect.soft(byLabel('Kestrix')[0]?.aliases).toContain('kestrix inc');
  // The diner: known in full once, then by its short name ("Harbin Quay said it …"): one topic, the full name an alias.
  expect.soft(labels).not.toContain('harbin quay grill');
  expect.soft(byLabel('Harbin Quay')[0]?.aliases).toEqual(expect.arrayContaining(['harbin quay', 'harbin quay grill']));
  // A place is no short name of what is named after it: "Port Asher" (where she went) is not the clinic.
  expect.soft(topics.filter((t) => t.aliases.includes('port asher')).flatMap((t) => t.aliases)).not.toContain('port asher clinic');
  // Words of every story are not concepts.
  for (const junk of ['right', 'secretive']) expect.soft(labels, junk).not.toContain(junk);
}

describe('topic names: one thing, one topic, of the right kind', () => {
  underLexicon(SECURITY_NEWS_LEXICON); // as the seeds are mined
  it('a full mine of the seeds and the subject', () => {
    const all = [...seedCorpus().analyzed, ...subject()];
    const outlets = new Map(all.map((a) => [a.outlet.id, a.outlet]));
    expectOneThingOneTopic(mineTopics(all.map((a) => a.article), all.flatMap((a) => a.claims), [...outlets.values()]).topics);
  });

  it('an incremental import of the subject after the seeds (as a pack or a file import adds it)', async () => {
    const seeds = seedCorpus().analyzed;
    const inc = await importIncrementally([...seeds, ...subject()], seeds.length);
    expectOneThingOneTopic(inc.topics);
  });

  it('an incremental import one article at a time (each fold settled when its longer name comes)', async () => {
    const inc = await importIncrementally([...seedCorpus().analyzed, ...subject()], 1);
    expectOneThingOneTopic(inc.topics);
  });
});
