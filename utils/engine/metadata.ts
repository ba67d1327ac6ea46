/**
 * Article metadata found in the raw page text: outlet name candidates (with the evidence for
 * each), author, explicit date lines, a lead date ("said Wednesday (January 22nd)") when a year is
 * known, a language guess, plus the content hash and slug helpers used for ids.
 */

import { PHOTO_AGENCIES } from './lexicon/boilerplate';
import { LANGUAGE_MARKERS, SCRIPT_LANGUAGE } from './lexicon/languages';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import {
  isAgencyName, isDateLine, isCreditLine, looksLikeNameOrDesk, parseByline, parseMetaLine, splitDashSuffix, splitDateline, endsLikeSentence,
} from './clean';
import { findDateMentions, normaliseDate, resolveDate, weekdayOf, type DateMention } from './dates';
import { countScripts, dominantScript } from './script';
import { articleIdOf, outletIdOf } from './ids';

/** A possible outlet name and why we think so. Higher score = stronger evidence. */
export interface OutletCandidate {
  name: string;
  /** Human-readable evidence, e.g. 'text: "© Sputnik" photo credit'. */
  evidence: string[];
  score: number;
  /**
   * A wire agency credited in a byline or dateline ("By Jane Roe, Reuters", "WASHINGTON (AP) —"): the outlet only
   * when nothing else names one, otherwise a note about the copy. Agencies sort after every other candidate.
   */
  agency?: boolean;
}

/** A date and the words it came from. */
export interface FoundDate {
  date: string;
  evidence: string;
}

const AGENCIES = new Set(PHOTO_AGENCIES);

function isAgency(name: string): boolean {
  return AGENCIES.has(name.toLowerCase().replace(/\s+/g, ' ').trim());
}

/** Tidy a candidate name: trim punctuation, drop "All rights reserved" and years. */
function tidyName(s: string): string {
  return s
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\b(19|20)\d{2}\b/g, '')
    .replace(/^[\s.,;:|/–—-]+|[\s.,;:|/–—-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function plausibleOutletName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !/^the /i.test(name)) return false;
  // a branch or edition in parentheses is no part of the name's length ("… Staff Union (Calder branch)")
  // nor are its lower-case joiners ("State Division of Elevator and Ride Safety" is five words of name)
  const words = name.replace(/ \([^()]*\)$/, '').split(' ').filter((w) => !/^(?:of|and|the|for|&|on|in|de|du|la|le)$/.test(w));
  return words.length <= 6 && !isAgency(name);
}

/**
 * Outlet candidates from the text's site chrome: "© Sputnik / photographer" credits, "caption -
 * Site Name" captions, "News Desk - The Cradle" bylines, "CITY (Outlet) -" datelines, and HTML meta
 * (og:site_name) when given. Wire/photo agencies (AFP, Reuters photo credits...) are not evidence.
 * Candidates naming the same outlet ("Sputnik", "Sputnik International") are merged; best first.
 */
export function detectOutlets(raw: string, meta: Record<string, string> = {}): OutletCandidate[] {
  const found: { name: string; evidence: string; score: number; agency?: boolean }[] = [];
  const agency = (name: string, evidence: string, score: number): void => {
    const n = tidyName(name);
    if (n.length >= 2 && n.length <= 40) found.push({ name: n, evidence, score, agency: true });
  };
  const siteName = meta['og:site_name'] ?? meta['application-name'];
  if (siteName && plausibleOutletName(tidyName(siteName))) found.push({ name: tidyName(siteName), evidence: `html: og:site_name "${siteName}"`, score: 5 });
  // "<title>Headline | Site Name</title>": a weak hint (the part after the last separator)
  const titleSite = /\s[|–—-]\s([^|–—]{2,40})$/.exec(meta.title ?? '');
  if (titleSite && plausibleOutletName(tidyName(titleSite[1])) && tidyName(titleSite[1]).split(' ').length <= 4) {
    found.push({ name: tidyName(titleSite[1]), evidence: `html: <title> suffix "${titleSite[1].trim()}"`, score: 1 });
  }
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let seenParagraph = false;
  for (const rawLine of lines) {
    const l = rawLine.replace(/[\u00a0\s]+/g, ' ').trim();
    if (!l || l.length > 300) {
      if (l.length > 300) seenParagraph = true;
      continue;
    }
    // "© Name / Photographer", "(c) 2024 Name", "Copyright 2024 Name. All rights reserved."
    const c = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*)?([^/|,;©\n]{2,60})/i.exec(l);
    if (c) {
      const name = tidyName(c[1].split(/ [-–—] | \/ /)[0]);
      if (plausibleOutletName(name)) found.push({ name, evidence: `text: "© ${name}" credit`, score: 2 });
    }
    const by = parseByline(l);
    const masthead = by?.outlet ? null : parseMetaLine(l);
    if (by?.outlet && plausibleOutletName(tidyName(by.outlet))) {
      found.push({ name: tidyName(by.outlet), evidence: `text: byline "${l}"`, score: 3 });
    } else if (by?.outlet && isAgencyName(tidyName(by.outlet))) {
      agency(by.outlet, `text: byline "${l}"`, 1);
    } else if (masthead && (masthead.outlet || masthead.agency)) {
      // "By Jane Roe / Outlet, 3 March 2025", "Outlet — 14 July 2024", "Published … by Outlet · Author: …"
      if (masthead.outlet && plausibleOutletName(tidyName(masthead.outlet)) && (masthead.outletSure || !seenParagraph)) {
        found.push({ name: tidyName(masthead.outlet), evidence: `text: byline "${l}"`, score: masthead.outletSure ? 3 : 1 });
      }
      if (masthead.agency) agency(masthead.agency, `text: byline "${l}"`, 1);
    } else if (!isCreditLine(l)) {
      const d = splitDashSuffix(l);
      if (d && !looksLikeNameOrDesk(d.left) && d.left.split(' ').length >= 3 && plausibleOutletName(d.right)) {
        found.push({ name: d.right, evidence: `text: caption "… - ${d.right}"`, score: 2 });
      }
    }
    // Wire dateline at the start of the first paragraph: "BAGHDAD (Reuters) - ...", "(Reuters) - ..."
    if (!seenParagraph) {
      const dl = splitDateline(l);
      if (dl?.outlet && plausibleOutletName(tidyName(dl.outlet))) found.push({ name: tidyName(dl.outlet), evidence: `text: dateline "${dl.prefix.trim()}"`, score: 2 });
      if (dl?.agency) agency(dl.agency, `text: dateline "${dl.prefix.trim()}"`, 2);
    }
    if (endsLikeSentence(l) && l.split(' ').length > 20) seenParagraph = true;
  }
  const slugs = found.map((f) => slugify(f.name));
  const groups: { members: typeof found; slug: string }[] = [];
  found.forEach((f, i) => {
    const s = slugs[i];
    const g = groups.find((x) => !!x.members[0].agency === !!f.agency && (x.slug === s || x.slug.startsWith(s + '-') || s.startsWith(x.slug + '-') || x.slug.replace(/^the-/, '') === s.replace(/^the-/, '')));
    if (g) {
      g.members.push(f);
      if (s.length < g.slug.length) g.slug = s;
    } else groups.push({ members: [f], slug: s });
  });
  const out: OutletCandidate[] = groups.map((g) => {
    // label: the form with the best single score; ties go to the shorter (the brand, not "X International")
    const best = [...g.members].sort((a, b) => b.score - a.score || a.name.length - b.name.length)[0];
    const c: OutletCandidate = { name: best.name, evidence: [...new Set(g.members.map((m) => m.evidence))], score: g.members.reduce((s, m) => s + m.score, 0) };
    if (best.agency) c.agency = true;
    return c;
  });
  return out.sort((a, b) => Number(!!a.agency) - Number(!!b.agency) || b.score - a.score);
}

/** Author from a byline line ("By Jane Doe", "News Desk - The Cradle") or HTML meta; null if none. */
export function detectAuthor(raw: string, meta: Record<string, string> = {}): string | null {
  const m = meta['author'] ?? meta['article:author'] ?? meta['dc.creator'] ?? meta['parsely-author'];
  if (m && !/^https?:/i.test(m)) return m.trim();
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length && i < 80; i++) {
    const l = lines[i].replace(/[\u00a0\s]+/g, ' ').trim();
    const by = parseByline(l);
    if (by?.author) return by.author;
    const masthead = parseMetaLine(l);
    if (masthead?.author) return masthead.author;
  }
  return null;
}

/** The first explicit date line ("Wednesday, March 27, 2024") or an HTML publication date. */
export function detectDateLine(raw: string, meta: Record<string, string> = {}): FoundDate | null {
  for (const k of ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date.issued', 'dc.date', 'sailthru.date', 'publish-date']) {
    const d = normaliseDate(meta[k]);
    if (d) return { date: d, evidence: `html: meta ${k}` };
  }
  // The first publication date; an "Updated …" date only when no other is given.
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let updated: FoundDate | null = null;
  for (const rawLine of lines) {
    const l = rawLine.replace(/[\u00a0\s]+/g, ' ').trim();
    if (!l || l.length > 200) continue;
    let found: FoundDate | null = null;
    let isUpdate = false;
    if (isDateLine(l)) {
      const d = normaliseDate(l);
      if (d) found = { date: d, evidence: `text: date line "${l}"` };
      isUpdate = /\b(updated|modified)\b/i.test(l) && !/\b(published|posted)\b/i.test(l);
    }
    if (!found) {
      const masthead = parseMetaLine(l);
      if (masthead?.date && masthead.date.length === 10) {
        found = { date: masthead.date, evidence: `text: date line "${l}"` };
        isUpdate = masthead.dateKind === 'updated';
      }
    }
    if (!found) continue;
    if (!isUpdate) return found;
    updated ??= found;
  }
  return updated;
}

/** Four-digit years (1900–2100) mentioned in a text, most frequent first. */
export function yearsMentioned(text: string): number[] {
  const counts = new Map<number, number>();
  const re = /(?<![\d,.$])(19\d{2}|20\d{2}|2100)(?![\d,])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

/**
 * The date of the reported event in the first sentences ("..., said Wednesday (January 22nd).",
 * "said on June 4"), resolved when a year is known: from `yearHint` (a given partial date), or —
 * when the mention has a weekday — the one year among those the text mentions (±1) whose
 * calendar puts that weekday on that day. Null when the year cannot be known.
 */
export function detectLeadDate(body: string, yearHint: number | null = null): FoundDate | null {
  const lead = body.slice(0, 1500);
  const mentions = findDateMentions(lead);
  for (const m of mentions) {
    if (m.month === null && m.weekday === null) continue;
    if (!nearReportingVerb(lead, m)) continue;
    if (m.year !== null && m.month !== null && m.day !== null) return { date: resolveDate(m) as string, evidence: `text: "${m.text}"` };
    if (m.month === null || m.day === null) continue;
    if (yearHint !== null) {
      const r = resolveDate(m, { year: yearHint });
      if (r && r.length === 10) return { date: r, evidence: `text: "${m.text}" with year ${yearHint}` };
      continue;
    }
    if (m.weekday !== null) {
      const candidates = new Set<number>();
      for (const y of yearsMentioned(body)) for (const d of [-1, 0, 1]) candidates.add(y + d);
      const fits = [...candidates].filter((y) => weekdayOf(y, m.month as number, m.day as number) === m.weekday);
      if (fits.length === 1) {
        const r = resolveDate({ ...m, year: fits[0] });
        if (r) return { date: r, evidence: `text: "${m.text}" (weekday fits ${fits[0]}, a year the text mentions)` };
      }
    }
  }
  return null;
}

function nearReportingVerb(text: string, m: DateMention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const w1 = before[before.length - 1];
  const w2 = before[before.length - 2];
  return (w1 !== undefined && REPORTING_VERB_SET.has(w1)) || (w1 === 'on' && w2 !== undefined && REPORTING_VERB_SET.has(w2));
}

/**
 * Guess the language of a text: the script decides for non-Latin scripts (Han → zh, Hangul → ko,
 * Arabic → ar/fa/ur...), frequent function words decide among Latin and Cyrillic languages.
 * Returns a BCP-47 primary tag, or 'und' when unsure. Looks at most at the first 200k characters.
 */
export function guessLanguage(text: string): string {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const dom = dominantScript(countScripts(sample));
  if (dom.letters < 10) return 'und';
  if (dom.script !== 'Latin' && dom.script !== 'Cyrillic') {
    if (dom.script === 'Arabic') {
      if (/[ٹڈڑںے]/.test(sample)) return 'ur';
      if (/[پچژگ]/.test(sample)) return 'fa';
    }
    return SCRIPT_LANGUAGE[dom.script] ?? 'und';
  }
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const n = Math.min(words.length, 20_000);
  if (n < 3) return 'und';
  const sets = Object.entries(LANGUAGE_MARKERS).map(([tag, list]) => [tag, new Set(list)] as const);
  const hits: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    for (const [tag, set] of sets) if (set.has(words[i])) hits[tag] = (hits[tag] ?? 0) + 1;
  }
  let best = 'und';
  let bestN = 0;
  for (const [tag, h] of Object.entries(hits)) {
    const cyr = tag === 'ru' || tag === 'uk';
    if (cyr !== (dom.script === 'Cyrillic')) continue;
    if (h > bestN) {
      best = tag;
      bestN = h;
    }
  }
  if (dom.script === 'Cyrillic' && /[іїєґ]/i.test(sample) && best === 'ru') best = 'uk';
  return bestN / n >= 0.08 || (bestN >= 2 && n < 25) ? best : 'und';
}

/** The article id of a body: delegates to `articleIdOf` (ids.ts, one id function per id space). */
export function contentHash(body: string): string {
  return articleIdOf(body);
}

/** The outlet id of a name: delegates to `outletIdOf` (ids.ts, one id function per id space). */
export function slugify(name: string): string {
  return outletIdOf(name);
}

/** Host name of a URL without "www." (lower case), or null when it is not an http(s) URL. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url.trim());
  if (!m) return null;
  return m[1].toLowerCase().replace(/^www\d?\./, '') || null;
}
