// Speaker attribution: groups, documents, media, pronouns and quotations split over sentences.
// Seed sentences pin the corpus; invented sentences (budget, plant closure, diplomacy) show the
// rules are general English patterns, not seed-specific.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '@/utils/engine/claims';
import { splitSentences } from '@/utils/engine/sentences';
import { seedCorpus, seedFiles } from './seed-corpus';

const speakersOf = (body: string) =>
  extractClaims(body, splitSentences(body), { articleId: 'x', outletId: 'o', published: '2024-05-02' }).map((c) => [c.speaker, c.kind, c.text] as const);

/** Speaker of the claim starting with `start` in `body`. */
const speakerOf = (body: string, start: string) => {
  const row = speakersOf(body).find(([, , text]) => text.startsWith(start));
  if (!row) throw new Error(`no claim starts with ${start}`);
  return row[0];
};

describe('seed corpus speakers', () => {
  const { analyzed } = seedCorpus();
  const files = seedFiles();
  const seed = (prefix: string) => analyzed[files.findIndex((f) => f.startsWith(prefix))];

  const rows: [string, string, RegExp][] = [
    // "the US report": the report the article names elsewhere
    ['001', '“Despite losing its territorial', /^Office of Inspector General report$/],
    ['001', 'The official report also highlighted', /^Office of Inspector General report$/],
    // a bare group noun takes the fuller phrase the article gave (here in a subheading)
    ['001', 'The decision made by the US administration', /^senior US commanders$/],
    // "the report" right after an outlet was cited: that outlet's report
    ['002', 'The militants have placed particular focus', /^World Politics Review report$/],
    // the outlet named is the medium, not the speaker
    ['004', 'ISIS still poses a threat in Iraq', /^US Ambassador to Iraq Alina Romanowski$/], // "in an interview with Reuters"
    ['002', '"The type of attacks they are conducting now', /^Lt\. Gen\. Pat White$/], // "he told CNN"
    ['002', 'While economic instability is obviously', /^Lt\. Gen\. Pat White$/], // "asserted to CNN"
    ['003', '“The justifications for the existence', /^Iraqi Prime Minister Mohammed Shia al-Sudani$/], // "told reporters"
    // the medium as the subject is the source
    ['004', 'Reuters noted that', /^Reuters$/],
    // pronouns: the last person, titles kept
    ['000', 'The group "certainly still remain a threat", he said', /^US Maj\. Gen\. Alexus Grynkewich$/],
    ['004', '"As this event reminds us', /^US Ambassador to Iraq Alina Romanowski$/],
    // an institution is a speaker in its own right
    ['003', 'In Syria, the Pentagon claims', /^Pentagon$/],
  ];
  it.each(rows)('seed %s: "%s…" → %s', (prefix, start, speaker) => {
    const c = seed(prefix).claims.find((x) => x.text.startsWith(start));
    expect(c, `claim starting ${start}`).toBeDefined();
    expect(c?.speaker ?? '').toMatch(speaker);
  });

  it('no seed speaker is a bare group noun, a place-only document or a medium-only phrase', () => {
    const vague = /^(commanders|officials|analysts|sources|report|US report|the report|Report)$/;
    for (const a of analyzed) for (const c of a.claims) if (c.speaker) expect(c.speaker, c.text).not.toMatch(vague);
  });
});

describe('speaker rules on invented articles', () => {
  const BUDGET = [
    'The 2023 city audit found that overtime costs doubled in two years.',
    'Council members said the findings were alarming.',
    'The audit found that the parks department overspent by $2 million.',
    'Mayor Ana Ortiz told the Gazette that the city would hire an outside firm.',
    '"We will fix this. Nobody will be spared," she said.',
    'In an interview with Reuters, Ortiz said the budget was balanced.',
    'According to Reuters, the city will sell bonds next month.',
    'The mayor told reporters that the sale was routine.',
  ].join(' ');

  const rows: [string, string, string, string | null][] = [
    // documents
    ['budget', BUDGET, 'The 2023 city audit found', '2023 city audit'],
    ['budget', BUDGET, 'The audit found that the parks', '2023 city audit'],
    ['state report', 'A report by the state comptroller found that two agencies overspent. According to the state report, both agencies ignored warnings.', 'According to the state report', 'report by state comptroller'],
    ['unnamed study', 'Rents rose again in March. The study found that wages lag behind prices.', 'The study found', 'study'],
    ['outlet report', 'The Riverton Gazette reported on Monday that the city had overspent. According to the report, the parks department was the worst offender.', 'According to the report', 'Riverton Gazette report'],
    // groups
    ['budget', BUDGET, 'Council members said', 'Council members'],
    ['groups', 'Senior Western officials said the talks had stalled over the weekend. Officials added that a new round was unlikely before June.', 'Senior Western officials said', 'senior Western officials'],
    ['groups', 'Senior Western officials said the talks had stalled over the weekend. Officials added that a new round was unlikely before June.', 'Officials added', 'senior Western officials'],
    ['same sentence', 'Officials, including two senior Treasury officials, said the plan was dead.', 'Officials, including', 'senior Treasury officials'],
    ['indefinite', 'Western officials said the talks had stalled. Some officials said a deal was still possible.', 'Some officials said', 'officials'],
    ['bare', 'Analysts said the merger would cut prices for consumers.', 'Analysts said', 'analysts'],
    // media are channels, not speakers
    ['budget', BUDGET, 'Mayor Ana Ortiz told the Gazette', 'Mayor Ana Ortiz'],
    ['budget', BUDGET, 'In an interview with Reuters, Ortiz said', 'Mayor Ana Ortiz'],
    ['budget', BUDGET, 'The mayor told reporters', 'Mayor Ana Ortiz'],
    ['inverted', 'Mayor Ana Ortiz spoke on Monday. "We have no debt at all this year," said Ortiz in an interview with Reuters.', '"We have no debt', 'Mayor Ana Ortiz'],
    ['appositive', 'Mayor Ana Ortiz spoke on Monday. Ortiz, speaking to Reuters, said the city had no debt.', 'Ortiz, speaking to Reuters', 'Mayor Ana Ortiz'],
    ['budget', BUDGET, 'According to Reuters', 'Reuters'],
    // pronouns: the most recent person, never an organisation
    ['budget', BUDGET, '"We will fix this.', 'Mayor Ana Ortiz'],
    ['plant', 'Plant manager Joe Park told the Riverton Gazette the decision was final. The Gazette said the company declined to comment. He said the workers would get severance.', 'He said the workers', 'Plant manager Joe Park'],
    ['watchdog', 'A spokesman for Human Rights Watch said the report was flawed. Human Rights Watch said it would publish its own data. He said more work was needed.', 'He said more work', 'spokesman for Human Rights Watch'],
    ['org first', 'Human Rights Watch said the report was flawed. He said more work was needed.', 'He said more work', null],
    ['named, not yet quoted', 'Coach Dana Reyes was hired in May after a long search. She said the team would run more.', 'She said the team', 'Coach Dana Reyes'],
  ];
  it.each(rows.map(([name, body, start, speaker]) => [name, start, speaker, body] as const))('%s: "%s…" → %s', (_name, start, speaker, body) => {
    expect(speakerOf(body, start)).toBe(speaker);
  });

  it('a quotation cut over sentences keeps the speaker named where it closes', () => {
    const body = 'The council met on Monday. "We knew about the gap in March. We told the council.\nNobody listened to us at the time," said Treasurer Mark Bell.';
    const rows = speakersOf(body).filter(([, , t]) => t !== 'The council met on Monday.');
    expect(rows.map(([s, k]) => [s, k])).toEqual([
      ['Treasurer Mark Bell', 'quote'],
      ['Treasurer Mark Bell', 'quote'],
      ['Treasurer Mark Bell', 'quote'],
    ]);
  });

  it('a quotation over several sentences in one span keeps its speaker', () => {
    expect(speakerOf('Treasurer Mark Bell spoke on Monday. “We knew about the gap. We told the council in March. Nobody listened,” Bell said.', '“We knew')).toBe('Treasurer Mark Bell');
  });
});
