/**
 * The corpus model shared by the engine, the database, the message protocol and the UI.
 * Everything here is plain serialisable data (structured-clone and JSON safe): no classes, no Dates.
 */

/** A fact about an outlet together with where it came from ("text: © Sputnik caption", "Wikipedia: Sputnik"). */
export interface SourcedFact {
  value: string;
  source: string;
}

/** A news outlet (publisher). `id` is a stable slug of the name, e.g. "sputnik-international". */
export interface Outlet {
  id: string;
  name: string;
  domain: string | null;
  country: SourcedFact | null;
  /** Ownership / funding notes, each with its source. */
  ownership: SourcedFact[];
  /** Other facts shown on cards (editorial slant, language...), each with its source. */
  notes: SourcedFact[];
}

/** Where an article came into the corpus from: the seed pack, the reader's own import, or a source (feed) they chose. */
export type ArticleSource = 'seed' | 'import' | 'feed';

/** One stored article. `id` is the content hash of the clean body, so re-importing the same text is a no-op. */
export interface Article {
  id: string;
  outletId: string;
  title: string;
  url: string | null;
  /** ISO date of publication: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; null when unknown. */
  published: string | null;
  author: string | null;
  /** BCP-47 primary language guessed from the text ("en"), or "und". */
  language: string;
  /** Clean body text: boilerplate removed; claim offsets point into this string. */
  body: string;
  source: ArticleSource;
  /** For `source: 'feed'`: the id of the source (utils/sources) that fetched it. Absent otherwise. */
  sourceId?: string;
  /** Epoch ms when it entered the corpus (0 for seeds built into the pack). */
  importedAt: number;
  /** Problems found while analysing (e.g. "no date found"); shown in previews. */
  problems: string[];
}

/** What kind of claim a sentence makes. */
export type ClaimKind = 'quote' | 'figure' | 'statement' | 'assertion';

/** A number with what it counts, so figures about one subject from different outlets can be compared. */
export interface Figure {
  /** The value, or the low end of a range. */
  value: number;
  /** High end of a range ("between 14,000 and 18,000"), else null. */
  high: number | null;
  /** "about", "some", "up to", "more than" → true. */
  approx: boolean;
  /** What is counted, singular normalised noun: "troop", "attack", "member", "person", "%", "$". */
  unit: string;
  /** Human label of what the figure is about: "US troops in Iraq". */
  subject: string;
  /** Normalised comparison key of the subject: figures with equal keys are about the same thing. */
  subjectKey: string;
  /** Period or date the figure refers to when the text says ("April", "2024-01"), else null. */
  period: string | null;
  /** The words it came from, verbatim. */
  text: string;
}

/** A checkable assertion in an article. Offsets are into `Article.body`. */
export interface Claim {
  /** `${articleId}:${index}` */
  id: string;
  articleId: string;
  outletId: string;
  text: string;
  start: number;
  end: number;
  /** Who said it ("Maj. Gen. Alexus Grynkewich"); null when the outlet asserts it itself. */
  speaker: string | null;
  kind: ClaimKind;
  /** Topic ids this claim is about. */
  topics: string[];
  figures: Figure[];
  /** ISO date the claim was made (article date unless the text says otherwise), or null. */
  date: string | null;
  /**
   * The sentence right after it in its paragraph when that flatly rejects it ("That is not true.", "It will not."): the
   * outlet reports the claim only to deny it, so the claim takes no side of its own (match.ts reportsOnly).
   */
  rebuttal?: string;
}

/** What sort of thing a topic names. */
export type TopicKind = 'concept' | 'person' | 'place' | 'org';

/** A canonical topic with every surface form it goes by (ISIS = IS = Islamic State = Daesh = ISIL). */
export interface Topic {
  id: string;
  label: string;
  kind: TopicKind;
  /** Lower-case surface forms, including the label. */
  aliases: string[];
  outletCount: number;
  claimCount: number;
  /** Higher = discussed by more outlets; used to rank and to gate page matches. */
  weight: number;
}

/** The versioned corpus pack: seed corpus, CLI output and exports all use it. */
export interface CorpusPack {
  format: 'claimlens-pack';
  version: 1;
  /** ISO timestamp. */
  createdAt: string;
  /** Engine version that produced claims/topics; a newer engine may re-analyse. */
  engineVersion: string;
  outlets: Outlet[];
  articles: Article[];
  claims: Claim[];
  topics: Topic[];
}

/** Relation between two claims, or a claim and a passage. */
export type RelationLabel = 'unrelated' | 'related' | 'agrees' | 'disputes';

/** Two figures about the same subject that differ. */
export interface FigureDiff {
  subject: string;
  a: Figure;
  b: Figure;
}

/** Why a relation was decided: shown in the UI under "why". */
export interface RelationEvidence {
  sharedTerms: string[];
  sharedEntities: string[];
  /** Direction words on each side when they oppose ("resurging" vs "defeated"). */
  opposingDirection: {
    a: string[];
    b: string[];
    /** Both open with one subject and state its change as their act ("Ridership … grew" / "Ridership … has fallen"). */
    oneSubject?: true;
  } | null;
  /** One side negates what the other asserts. */
  negation: boolean;
  /** Refuting words present ("denied", "false", "contradicts"). */
  refuting: string[];
  figureDiffs: FigureDiff[];
  /** One side denies a proposition the other states: the proposition as the denier wrote it, and which side denies. */
  denied?: { what: string; by: 'a' | 'b' };
  /**
   * One side says a state ended ("the evacuation order was lifted"), the other that it goes on ("remains in force"):
   * which side says it ended. Match.ts keeps the dispute only when the continuing side is not the older statement.
   */
  ended?: { by: 'a' | 'b' };
  /**
   * One side states a plan ("plans to cut a further 200 jobs"), the other denies one of the same act by the same doer
   * ("no further job cuts are planned"; utils/engine/plans.ts): which side denies it.
   */
  plan?: { deniedBy: 'a' | 'b' };
  /**
   * One side gives a cause ("was caused by three days of heavy rain"), the other rules it out ("a leaking storm drain,
   * not the weekend's rain, brought down …"; utils/engine/causes.ts): which side rules it out.
   */
  cause?: { ruledOutBy: 'a' | 'b' };
  /**
   * One side decides or advises for a thing ("recommended the scheme for approval"), the other against it, by one
   * decider ("recommended that the committee refuse the scheme"; utils/engine/verdicts.ts): which side is for it.
   */
  verdict?: { for: 'a' | 'b' };
  /**
   * One side says something is back by a time ("would reopen by Friday"), the other that it stays out longer ("will
   * stay closed for at least two more weeks"; utils/engine/estimates.ts): which side says it is back.
   */
  estimate?: { back: 'a' | 'b' };
  /**
   * One side says an act was done within a time ("told affected users within three days"), the other that it came
   * later ("did not tell users for 41 days"; utils/engine/delays.ts): which side says within.
   */
  delay?: { within: 'a' | 'b' };
  /**
   * One side says nobody died or was hurt ("No one was injured"), the other that somebody was ("Two workers were hurt";
   * utils/engine/harm.ts): which side says none.
   */
  harm?: { none: 'a' | 'b' };
  /**
   * One side says it received no complaint ("the county had not received any formal complaint"), the other that one was
   * made to it ("filed a written complaint with the county"; utils/engine/complaints.ts): which side says none.
   */
  received?: { none: 'a' | 'b' };
  /**
   * One side says a thing got better ("waiting times … improved slightly in October"), the other that it got worse
   * ("… worsened for the third month in a row"; utils/engine/quality.ts): which side says better.
   */
  quality?: { better: 'a' | 'b' };
  /**
   * One side says a thing passed a test ("had passed its annual safety test in November"), the other that it failed it
   * ("failed its annual test in November"; utils/engine/outcome.ts): which side says passed.
   */
  outcome?: { passed: 'a' | 'b' };
  /**
   * The two sides give one inspection two grades ("had been rated good at its most recent inspection" / "found that
   * Thornbury Grange required improvement"; utils/engine/ratings.ts): the grades as written.
   */
  rated?: { a: string; b: string };
  /**
   * One side says a person left of their own accord, the other that they were made to ("stepped down of his own accord"
   * / "suspended Declan Furlong"; utils/engine/departure.ts): the words as written.
   */
  departed?: { a: string; b: string };
  /**
   * The two sides name different days for one thing happening ("will take effect on 1 January" / "take effect on 6
   * November"; utils/engine/when.ts): the dates as written.
   */
  when?: { a: string; b: string };
  /**
   * The two sides say one thing happened at one time, the day or clock time as each writes it ("began at about 1:40
   * a.m." / "began at about 1:40 a.m."; utils/engine/when.ts): an agreement's reading.
   */
  sameTime?: { a: string; b: string };
  /**
   * One side sets right a time the other gives ("was issued at 10.12pm, not at 6.30pm as the agency told reporters" /
   * "… was issued … at 6.30pm on Sunday"; utils/engine/corrections.ts), or sets its own before it ("… at 11.41pm, more
   * than two hours before the time the bus company has given"; utils/engine/earlier-than-said.ts): which side corrects.
   */
  corrected?: { by: 'a' | 'b' };
  /**
   * One side says money owed is paid without asking, the other only to who claims it ("Refunds will be paid
   * automatically …" / "… will have to claim their refunds"; utils/engine/paid-how.ts): which side says automatic.
   */
  paidHow?: { automatic: 'a' | 'b' };
  /**
   * One side says a thing kept within a limit, the other that it went over it ("was travelling within the speed limit" /
   * "at 52mph …, where the permanent speed limit is 30mph"; utils/engine/limits.ts): which side says within.
   */
  limit?: { within: 'a' | 'b' };
  /**
   * One side says a thing was working, the other that it was not ("all alarms at the prison were working" / "The alarm
   * on the B wing fire door had been out of action"; utils/engine/working.ts): which side says working.
   */
  working?: { working: 'a' | 'b' };
  /**
   * One side says nobody loses a job, the other that some do ("No library staff will lose their jobs" / "at least 20
   * library workers faced compulsory redundancy"; utils/engine/jobs.ts): which side says none.
   */
  jobs?: { none: 'a' | 'b' };
  /**
   * One side says nobody has to do a thing, the other that someone must ("Students will not have to resit any of the
   * papers" / "… have been told they must resit the lost papers"; utils/engine/obligations.ts): which side says none.
   */
  obliged?: { none: 'a' | 'b' };
  /**
   * One side says a thing is the most of its kind, the other that it is not ("It is the largest fine the authority has
   * ever imposed …" / "It is not the largest penalty the authority has imposed …"; utils/engine/records.ts): the words of each.
   */
  record?: { a: string; b: string };
  /**
   * The two sides put one measure on two sides of one benchmark ("ahead of the agency's forecast of 12,000" / "below our
   * opening forecast of 12,000 boardings"; utils/engine/benchmarks.ts): the words of each.
   */
  benchmark?: { a: string; b: string };
  /**
   * One side says a thing holds of every one of a kind, the other of none or not of some ("installed in every guest
   * room" / "None of the 38 guest rooms … had a carbon monoxide detector"; utils/engine/universals.ts): which says all.
   */
  universal?: { all: 'a' | 'b' };
  /**
   * The two sides say one vote went two ways ("The vote was unanimous" / "Two governors … voted against the merger";
   * utils/engine/votes.ts): the words of each.
   */
  vote?: { a: string; b: string };
  /**
   * One side says a named place or body was not affected ("Kilbarran Community Hospital was not affected"), the other what
   * the disruption did there ("… postponed 23 outpatient appointments"; utils/engine/affected.ts): which side says none.
   */
  affected?: { none: 'a' | 'b' };
  /**
   * One side says none had an act done to a thing ("No eggs … will be recalled"), the other states it done ("… was
   * recalling eggs"; utils/engine/none-done.ts): which side says none.
   */
  done?: { none: 'a' | 'b' };
  /**
   * One side says a named person left a post ("resigned on Wednesday"), the other that the person stays ("will remain at
   * Velmont"; utils/engine/post.ts): which side says left.
   */
  post?: { left: 'a' | 'b' };
  /**
   * One side says a knower first knew of something at a time ("said it first learned of the leak … on Wednesday"), the
   * other that the same knower knew or was told before it ("sent the board screenshots … on Tuesday";
   * utils/engine/knowing.ts): which side says first.
   */
  knew?: { first: 'a' | 'b' };
  /**
   * One side says someone refused or failed to do an act ("a keeper had failed to lock the door"), the other that the
   * doer did it ("the suspended keeper had locked the door"; utils/engine/refusal.ts): which side says refused.
   */
  refused?: { refused: 'a' | 'b' };
  /**
   * One side says a doer will not act for a purpose ("will not organise flights to bring stranded passengers home"), the
   * other that it agreed to act for that purpose ("have agreed to charter aircraft to bring home stranded … passengers";
   * utils/engine/purpose.ts): which side refused.
   */
  purpose?: { refused: 'a' | 'b' };
  /**
   * One side says its receiver gets no payment for a loss ("had not been offered any compensation"), the other that a
   * payer pays it ("has agreed to pay Mr Ellerby £4,200"; utils/engine/compensation.ts): which side says none.
   */
  compensated?: { none: 'a' | 'b' };
  /**
   * One side says a thing had no effect on another ("the closure of Ward 9 had not affected waiting times"), the other
   * states one ("The closure of Ward 9 has added hours to every wait"; utils/engine/effect.ts): which side says none.
   */
  effect?: { none: 'a' | 'b' };
  /**
   * One side says a thing stays as it is ("Fares for pensioners and students will not change"), the other that it goes
   * up or down ("Student fares will rise by 20 pence"; utils/engine/unchanged.ts): which side says it stays.
   */
  unchanged?: { same: 'a' | 'b' };
  /**
   * One side says promised money has not come ("The money has not arrived"), the other that it was paid ("… had been
   * transferred to the health board on 30 October"; utils/engine/money-arrived.ts): which side says none.
   */
  arrived?: { none: 'a' | 'b' };
  /**
   * One side says a named place was open on a day ("Brook Lane Infant School remained open on Monday"), the other that
   * it was closed ("… also closed on Monday"; utils/engine/open-closed.ts): which side says open.
   */
  openState?: { open: 'a' | 'b' };
  /**
   * One side says someone was not warned ("denied that the council had been warned"), the other that it was ("Aldmoor
   * District Council was told in 2024 that …"; utils/engine/warnings.ts): which side says none.
   */
  warned?: { none: 'a' | 'b' };
  /**
   * One side denies an act the other states of the same doer and thing ("said it had not paid a ransom" / "paid a ransom
   * of about $3.4 million"): the act as each side writes it, for the card's reason line.
   */
  act?: {
    a: string;
    b: string;
    /** Read as one doer's act on one thing (the doer and what follows the act checked on both sides), not only as a near copy. */
    oneDoer?: true;
    /** A "never" of what was done to a name, against the act placed before it was said (relation.ts negatedActStated). */
    never?: true;
  };
}

/** Result of the one relation function used everywhere. */
export interface Relation {
  label: RelationLabel;
  /** 0..1 confidence of the label (for unrelated: how unrelated). */
  score: number;
  /** 0..1 topical similarity, whatever the label. */
  similarity: number;
  evidence: RelationEvidence;
  /** Calibrated probabilities of the learned stance model (present when the model decided; they sum to 1). */
  p?: { unrelated: number; related: number; agrees: number; disputes: number };
  /**
   * Article-level stance (utils/engine/stance/article.ts): how the page (`a`) and the claim's whole article (`b`) each
   * stand toward the story they share, and the calibrated chance they take opposite / the same side. Present on card
   * items whose article body was available.
   */
  story?: {
    a: ArticleSide;
    b: ArticleSide;
    opposite: number;
    same: number;
    overlap: number;
    /** The page-vs-article decision (stance/article-pair.ts): p(the two texts dispute / agree). */
    disputes?: number;
    agrees?: number;
  };
  /**
   * Where a card item's agree/dispute label came from (match.ts decideStance): a claim-level rule (opposite
   * `direction`, a `negation` of a near copy, a `denial` of what the other states, `figures` of one period, other
   * `rules`), the card-pair `model`, or the page-vs-article decision (`article`). Absent on context items and outside
   * cards.
   */
  basis?: RelationBasis;
  /**
   * An agreeing claim that is the page sentence it answers, word for word (wire copy, a shared press release): the card
   * says "Same wording as this page", so one report carried twice does not pass for independent agreement.
   */
  copy?: true;
}

/** See {@link Relation.basis}. */
export type RelationBasis = 'direction' | 'negation' | 'denial' | 'figures' | 'rules' | 'model' | 'article';

/** Whether a whole text asserts, reports neutrally or rejects the claim it shares with another. */
export type ArticleSide = 'assert' | 'neutral' | 'reject';

/* ---------- Page matching (what the overlay and the popup's "this page" show) ---------- */

/** A [start, end) span of characters in a text (page text or article body). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A corpus claim shown as a contrast, with what a card needs to display it. */
export interface Contrast {
  claim: Claim;
  outlet: Outlet;
  article: Pick<Article, 'id' | 'title' | 'published' | 'url'>;
  relation: Relation;
  /** The page sentence this item answers (page-text offsets); the card shows it and clicking scrolls there. */
  pageSentence?: PageSentenceRef | null;
  /**
   * When the claim was made relative to the page: far apart in time (relative to what it describes) means it is
   * shown as earlier/later context with the gap ("said 9 years before this article"), never as agree/dispute.
   */
  timing?: ContrastTiming | null;
}

/** A sentence of the page, by offsets into the page text, with its text for display. */
export interface PageSentenceRef extends TextSpan {
  text: string;
}

/** How far apart in time a corpus claim and the page are. */
export interface ContrastTiming {
  /** 'same-time' when comparable; otherwise which side of the page's date the claim sits. */
  position: 'same-time' | 'earlier' | 'later';
  /** Whole days between the claim's date and the page's date (absolute), or null when either is unknown. */
  gapDays: number | null;
}

/** Contrasts grouped as the card shows them. */
export interface ContrastGroups {
  disputes: Contrast[];
  agrees: Contrast[];
  related: Contrast[];
}

/** One row of differing figures for one subject ("US troops in Iraq: 5,200 (2020-01) · 2,500 (2024)"). */
export interface FigureRow {
  subject: string;
  subjectKey: string;
  entries: { figure: Figure; outletId: string; outletName: string; claimId: string; date: string | null }[];
  /**
   * The entries count one event or state at one time (dated within days of each other, same place, same unit)
   * and differ: conflicting reports ("10 dead" vs "22 dead" in the same strikes), the card's headline contrast.
   * False/absent for a row that shows one subject changing over time ("5,200 (2020) · 2,500 (2024)").
   */
  sameEvent?: boolean;
}

/** One point on the who-said-what-when timeline. */
export interface TimelineEntry {
  date: string;
  outletId: string;
  outletName: string;
  claimId: string;
  text: string;
  /** Relation to the page / anchor claim, so the chart can colour it. */
  label: RelationLabel;
}

/** A corpus topic the page is really about. */
export interface TopicMatch {
  topic: Topic;
  /** 0..1 how strongly the page is about it. */
  score: number;
  /** Page terms that made it match (aliases and related terms). */
  matchedTerms: string[];
  /** Where the page mentions it (first mentions, page-text offsets). */
  mentions: TextSpan[];
  outletCount: number;
  claimCount: number;
  contrasts: ContrastGroups;
  figures: FigureRow[];
  timeline: TimelineEntry[];
}

/** A page sentence that has related corpus claims. */
export interface SentenceMatch extends TextSpan {
  text: string;
  topicIds: string[];
  contrasts: ContrastGroups;
}

/**
 * A matched topic as the page load shows it (the badge, highlights, the pill's list): everything of a
 * {@link TopicMatch} but its card's items, figure rows and timeline, which are computed when the card is opened.
 */
export type TopicSummary = Omit<TopicMatch, 'contrasts' | 'figures' | 'timeline'>;

/**
 * The page-load half of a {@link PageMatch}: the same fields, topics without their cards, and no sentence matches —
 * they are asked for apart, once the page load is shown ('page.sentences'; see {@link PageView}).
 */
export interface PageSummary extends Omit<PageMatch, 'topics' | 'sentences'> {
  topics: TopicSummary[];
}

/** What the content script shows of a page: the page load's summary and its sentence matches (empty until they come). */
export interface PageView extends PageSummary {
  sentences: SentenceMatch[];
}

/** Everything the background found for one page. */
export interface PageMatch {
  /** Outlet of the page itself when known from its domain/name; its claims are excluded from contrasts. */
  pageOutletId: string | null;
  /** The page's own date (ISO, possibly partial) when known, shown on the card beside the items. */
  pageDate?: string | null;
  topics: TopicMatch[];
  sentences: SentenceMatch[];
  /** Milliseconds the background spent matching. */
  tookMs: number;
}
