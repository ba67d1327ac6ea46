/**
 * Meta-test: stored claim features carry the cues `prepare` reads (relation.ts `storablePrepared`), and their version
 * moves only with relation.ts `CUE_RULES_VERSION` (and the one probe sentence of claim-features.ts). A cue-rule change
 * that leaves the number alone would leave every stored row "current" with the old reading. This pins what `prepare`
 * reads for sentences that exercise the rules to the number: change the rules, and this fails until the number is
 * bumped and the hash below re-pinned (the failure prints the new hash).
 */
import { describe, expect, it } from 'vitest';
import { CUE_RULES_VERSION, prepare, storablePrepared } from '@/utils/engine/relation';
import { textHash } from '@/utils/engine/claim-features';
import { withCorpusAliasGroups } from '@/utils/engine/lexicon/domain';

/** Sentences touching the cue rules: directions and their senses, negation scope, refutation, hedges, denials. */
const SENTENCES = [
  'ISIS is resurging in Iraq and Syria, officials warned.',
  'The group has been defeated and no longer poses a threat.',
  'The measles outbreak has declined, but it remains a threat.',
  'The outbreak remains a threat, but it is declining fast.',
  'Despite losing its territory, the group was resurging this quarter.',
  'The rebels have not yet been defeated.',
  'The rebels are all but defeated.',
  'The pandemic is not over.',
  'The rebels must be defeated.',
  'The deficit would have fallen if the levy had passed.',
  'Before the war, the rebels had grown stronger.',
  'Some of the weapons they dropped from those planes were seized by the rebels.',
  'Weapons are falling into the hands of the rebels.',
  'We can support them to confront, attack and defeat the rebels in the valley.',
  'Attacks by the rebels dropped from 40 to 12 last year.',
  'The old port fell into decline after the war.',
  'The loss of Mosul to the Islamic State shocked Baghdad.',
  'Weapons were dropped by American planes over the town.',
  'We are at a loss to explain why he grew up in Ohio.',
  'The ministry declined to comment on the report.',
  'The man jumped the fence and ran toward the door.',
  'It was the second failed rescue attempt in two months.',
  'Attacks declined to 12 last year and jumped 20 percent in May.',
  'Officials denied reports that the ceasefire had collapsed.',
  'The claims are false, a spokesman said, calling the story a hoax.',
  'The mayor may have exaggerated the number of victims, analysts suggested.',
  'Police are looking into whether the fire was set deliberately.',
  'The WHO said the fighters do not have Ebola.',
  'None of the 28 bodies belongs to the missing students, prosecutors said.',
  'Troop numbers rose from 2,500 to 5,200 over the year.',
  'The lichen can often be found growing on granite, and it grows under pine trees.',
  'The actor, who also declined, failed a drug test later this fall.',
  'The crates that were dropped by the U.S. air force were air dropped, and he jumped out of the truck.',
  'Residents received death threats; the WHO was unable to confirm them, and talks fell through in lower Manhattan.',
  'The threat to kill another hostage is a threat to the talks.',
  'Nine nations joined the rebels in crushing the militia, amid rising fears of a strategy for confronting and defeating it.',
  "You did not know the driver was the mayor, and we don't know how many homes the flood reached.",
  'Four other escalators at the mall were shut down as fighting escalated.',
  'Prices fell after the harvest, minutes before the tower fell.',
  'The cause of the collapse is not known, and the failure of the dam was feared.',
  'This is not the first time the regulator has warned the company.',
  'To say, as the council has, that no resident was warned is simply not true.',
  'A video purporting to show the raid was shared online.',
  'The avalanche danger was rated considerable, and the river remains dangerous.',
  'Contrary to what several news reports have said, the danger was not rated moderate, officials claimed.',
];

/** The pinned reading: bump CUE_RULES_VERSION and set `hash` to what the failure prints when a rule changes it. */
const PINNED = { version: 12, hash: 'e2vglw' };

describe('the cue rules version', () => {
  it('moves with what prepare reads (bump CUE_RULES_VERSION when a rule changes it)', () => {
    const hash = withCorpusAliasGroups([], () => textHash(JSON.stringify(SENTENCES.map((s) => storablePrepared(prepare(s)).cue))).toString(36));
    expect({ version: CUE_RULES_VERSION, hash }, `cue readings changed: bump CUE_RULES_VERSION to ${PINNED.version + 1} and pin hash '${hash}'`).toEqual(PINNED);
  });
});
