// Temporary: why two texts do or do not agree in other words.
import { paraphraseAgrees, prepare, sharedStatementTerms } from '../utils/engine/relation';
import { predicateStems, actOf } from '../utils/engine/predicates';
const pairs: [string, string][] = [
  ['Police believe the coach lost grip on an icy surface as it went into the bend.', 'Police believe the coach skidded on ice.'],
  ['Pacewell has brought in Ironbark Security to look into the leak.', 'Pacewell has hired Ironbark Security to investigate the leak.'],
  ['The new fares apply from 1 January 2029.', 'The new fares will take effect on 1 January, the authority said.'],
  ['The cast-iron main, installed in 1931, brings treated water from Ballindrum into the town.', 'The 60-centimetre cast-iron pipe was laid in 1931 and carries water from the Ballindrum treatment works, north of the town.'],
  ['A coach taking 38 children to Glenarrow Academy overturned into a field.', 'A school coach carrying 38 pupils to Glenarrow Academy left the road and overturned into a field on the B812 at Corrie Brae on Tuesday morning.'],
  ['Fire crews cut four children free from seats on the underside of the overturned coach.', 'Firefighters freed four pupils who were trapped in their seats.'],
  ['Harwick has taken its five other Kestrel Vantage coaches off school contracts.', 'Harwick Coaches has withdrawn its other coaches of the same model from school routes.'],
  ['Harrowsea has rejected suggestions that the Morven Star was overloaded.', 'Harrowsea denied that the Morven Star was carrying too many passengers.'],
  ['where Aldmoor District Council has set up a rest centre with camp beds', 'The council has opened a rest centre at Penhallow school.'],
  ['The company brushed aside two separate alerts from researchers about its server.', 'The Board found that Pacewell had ignored two warnings from researchers.'],
];
const pick = (s: string) => pairs.filter(([a]) => !s || a.includes(s));
for (const [a, b] of pick(process.argv[2] ?? '')) {
  const pa = prepare({ text: a }), pb = prepare({ text: b });
  console.log(paraphraseAgrees(pa, pb, new Set()) ? 'AGREE' : 'no   ', '|', predicateStems(a).map(actOf).join(','), '|', predicateStems(b).map(actOf).join(','), '| shared', sharedStatementTerms(pa, pb, new Set()).shared.join(','));
}
