/**
 * Irregular past forms of common English verbs, to their base form: "did not pay" and "paid" are one act, though their
 * stems differ (regular forms share their stem: "closed" / "close"). Subject-free: the verbs news prose uses for acts
 * people deny or report (paying, selling, meeting, leaving, telling, stealing …). A small table rather than a
 * lemmatizer package: the engine needs only these forms, and a full lemmatizer's exception lists would weigh more than
 * the rest of the relation.
 */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    (
      [
        ['pay', 'paid'], ['sell', 'sold'], ['buy', 'bought'], ['make', 'made'], ['take', 'took', 'taken'], ['give', 'gave', 'given'],
        ['leave', 'left'], ['meet', 'met'], ['hold', 'held'], ['tell', 'told'], ['find', 'found'], ['keep', 'kept'],
        ['lose', 'lost'], ['lay', 'laid'], ['send', 'sent'], ['spend', 'spent'], ['build', 'built'], ['win', 'won'], ['lead', 'led'],
        ['flee', 'fled'], ['go', 'went', 'gone'], ['see', 'saw', 'seen'], ['know', 'knew', 'known'], ['begin', 'began', 'begun'],
        ['write', 'wrote', 'written'], ['steal', 'stole', 'stolen'], ['break', 'broke', 'broken'], ['speak', 'spoke', 'spoken'],
        ['choose', 'chose', 'chosen'], ['drive', 'drove', 'driven'], ['fall', 'fell', 'fallen'], ['rise', 'rose', 'risen'],
        ['fly', 'flew', 'flown'], ['grow', 'grew', 'grown'], ['throw', 'threw', 'thrown'], ['draw', 'drew', 'drawn'],
        ['eat', 'ate', 'eaten'], ['get', 'got', 'gotten'], ['bring', 'brought'], ['think', 'thought'], ['catch', 'caught'],
        ['teach', 'taught'], ['fight', 'fought'], ['seek', 'sought'], ['strike', 'struck', 'stricken'], ['stand', 'stood'],
        ['hear', 'heard'], ['feel', 'felt'], ['mean', 'meant'], ['run', 'ran'], ['come', 'came'], ['become', 'became'],
        ['hide', 'hid', 'hidden'], ['freeze', 'froze', 'frozen'], ['shoot', 'shot'], ['withdraw', 'withdrew', 'withdrawn'],
        ['forgive', 'forgave', 'forgiven'], ['forbid', 'forbade', 'forbidden'], ['lend', 'lent'],
        ['bear', 'bore', 'borne'], ['swear', 'swore', 'sworn'], ['tear', 'tore', 'torn'], ['wear', 'wore', 'worn'],
        ['bite', 'bit', 'bitten'], ['ride', 'rode', 'ridden'], ['shake', 'shook', 'shaken'], ['sink', 'sank', 'sunk'],
        ['sing', 'sang', 'sung'], ['swim', 'swam', 'swum'], ['drink', 'drank', 'drunk'], ['sleep', 'slept'], ['sweep', 'swept'],
        ['deal', 'dealt'], ['feed', 'fed'], ['bleed', 'bled'], ['breed', 'bred'], ['dig', 'dug'], ['hang', 'hung'],
        ['light', 'lit'], ['slide', 'slid'], ['spin', 'spun'], ['stick', 'stuck'], ['sting', 'stung'], ['swing', 'swung'],
        ['wake', 'woke', 'woken'], ['weave', 'wove', 'woven'], ['undertake', 'undertook', 'undertaken'], ['overtake', 'overtook', 'overtaken'],
        ['mislead', 'misled'], ['oversee', 'oversaw', 'overseen'], ['foresee', 'foresaw', 'foreseen'], ['withhold', 'withheld'],
        ['uphold', 'upheld'], ['overthrow', 'overthrew', 'overthrown'], ['arise', 'arose', 'arisen'], ['forget', 'forgot', 'forgotten'],
      ] as string[][]
    ).flatMap(([base, ...forms]) => forms.map((f) => [f, base] as const)),
  ),
);
