/**
 * Turning raw page text (or HTML / Markdown) into a clean article body: headline separated, site
 * chrome, captions, credits, bylines, date lines, comment boxes and other-script lines removed.
 *
 * Everything works line by line with anchored, bounded patterns (no nested quantifiers), so the
 * cost is linear in the input. Decisions are made from the SHAPE of a line (short, no terminal
 * punctuation, a credit marker, position before the headline or after a comment box) plus the
 * phrase lists in ./lexicon/boilerplate, never from strings of one particular site.
 */

import {
  BYLINE_ROLE_MODIFIERS, BYLINE_ROLE_WORDS, BYLINE_WORDS, CREDIT_MARKERS, CREDIT_PREFIXES, OUTLET_WORDS, PHOTO_AGENCIES,
  SECTION_WORDS, TAIL_MARKERS, TIME_ZONES,
} from './lexicon/boilerplate';
import { GOVERNMENT_METONYMS, PLACES } from './lexicon/places';
import { isBoilerplateLine, normaliseLine } from './boilerplate-line';

export { isBoilerplateLine, normaliseLine };
import { findDateMentions, isoOf } from './dates';
import { countScripts, dominantScript, type ScriptName } from './script';

/** Input formats the engine accepts. */
export type TextFormat = 'text' | 'html' | 'md';

/** Why a line was removed from the body. */
export type RemovalReason =
  | 'boilerplate' | 'tail' | 'credit' | 'caption' | 'date' | 'byline' | 'dateline' | 'section' | 'other-script' | 'title';

/** Result of {@link cleanText}. */
export interface CleanResult {
  /** Clean body: one paragraph per line, paragraphs separated by a blank line. */
  body: string;
  /** Headline when one was found (given by the format or detected), else null. */
  title: string | null;
  /** Removed lines, verbatim (trimmed), in order. */
  removed: string[];
  /** Parallel to `removed`: why each line went. */
  removedReasons: RemovalReason[];
  /** `<meta>` values of an HTML page (lower-case name/property → content); empty otherwise. */
  meta: Record<string, string>;
}

/* ------------------------------------------------------------------ HTML ---------------------- */

const DROP_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'iframe', 'object',
  'button', 'select', 'textarea', 'figcaption', 'canvas', 'video', 'audio', 'map', 'dialog', 'menu',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section',
  'article', 'header', 'main', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'address', 'title',
  'body', 'html', 'tbody', 'thead', 'caption', 'details', 'summary', 'center',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚',
  bdquo: '„', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
  cent: '¢', deg: '°', middot: '·', bull: '•', times: '×', divide: '÷', minus: '−', shy: '', zwj: '',
  zwnj: '', lrm: '', rlm: '', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
  Eacute: 'É', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä', prime: '′', Prime: '″', frac12: '½', frac14: '¼', frac34: '¾',
  percnt: '%', dollar: '$', num: '#', excl: '!', quest: '?', colon: ':', semi: ';', comma: ',', period: '.',
  lpar: '(', rpar: ')', sect: '§', para: '¶',
};

/** Decode HTML character references (named subset, decimal, hex). Unknown names are kept as is. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(cp);
    }
    const v = NAMED_ENTITIES[ref];
    return v === undefined ? m : v;
  });
}

/** Parse the attributes of a tag's inner text (`a href="x" class=y`) into a lower-case-keyed map. */
function parseAttributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s"'=/<>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/**
 * Strip HTML to text for Node/CLI use (the browser uses Readability first). Block elements become
 * line breaks; script/style/nav/footer/aside/form/figcaption content is dropped; entities decoded.
 * Single pass, no DOM, never evaluates anything. Also returns `<title>`/first `<h1>` and `<meta>` values.
 */
export function htmlToText(html: string): { text: string; title: string | null; meta: Record<string, string> } {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  const meta: Record<string, string> = {};
  let docTitle: string | null = null;
  let h1: string | null = null;
  let h1Start = -1;
  let inPre = 0;
  let i = 0;
  const n = html.length;
  const pushText = (raw: string) => {
    if (!raw) return;
    const t = decodeEntities(raw);
    parts.push(inPre ? t : t.replace(/\s+/g, ' '));
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    if (lt > i) pushText(html.slice(i, lt));
    // comments, doctype, processing instructions, CDATA
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const e = html.indexOf('>', lt + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const closing = html[lt + 1] === '/';
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    while (j < n && /[A-Za-z0-9:-]/.test(html[j])) j++;
    const name = lower.slice(nameStart, j);
    if (!name) {
      // a bare "<" in text
      pushText('<');
      i = lt + 1;
      continue;
    }
    // find the end of the tag, skipping quoted attribute values
    let k = j;
    let quote = '';
    while (k < n) {
      const c = html[k];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
      k++;
    }
    const tagEnd = k < n ? k + 1 : n;
    const attrText = html.slice(j, k);
    i = tagEnd;
    if (closing) {
      if (BLOCK_TAGS.has(name)) parts.push('\n');
      if (name === 'pre' && inPre) inPre--;
      if (name === 'h1' && h1Start >= 0 && h1 === null) {
        h1 = parts.slice(h1Start).join('').replace(/\s+/g, ' ').trim() || null;
        h1Start = -1;
      }
      continue;
    }
    if (name === 'meta') {
      const a = parseAttributes(attrText);
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      if (key && a.content && !(key in meta)) meta[key] = a.content.trim();
      continue;
    }
    if (name === 'title' && docTitle === null) {
      const e = lower.indexOf('</title', tagEnd);
      const end = e < 0 ? n : e;
      docTitle = decodeEntities(html.slice(tagEnd, end)).replace(/\s+/g, ' ').trim() || null;
      const close = e < 0 ? n : lower.indexOf('>', e);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (DROP_CONTENT.has(name) && !attrText.trimEnd().endsWith('/')) {
      // skip to the matching close tag, counting nested tags of the same name
      let depth = 1;
      let p = tagEnd;
      const open = '<' + name;
      const close = '</' + name;
      while (depth > 0) {
        const c = lower.indexOf(close, p);
        if (c < 0) {
          p = n;
          break;
        }
        // raw-text elements cannot nest
        if (name !== 'script' && name !== 'style' && name !== 'textarea') {
          let o = lower.indexOf(open, p);
          while (o >= 0 && o < c) {
            const after = lower[o + open.length];
            if (after === undefined || /[\s>/]/.test(after)) depth++;
            o = lower.indexOf(open, o + open.length);
          }
        }
        depth--;
        const gt = lower.indexOf('>', c);
        p = gt < 0 ? n : gt + 1;
      }
      i = p;
      parts.push('\n');
      continue;
    }
    if (name === 'pre') inPre++;
    if (name === 'h1' && h1 === null) h1Start = parts.length + 1;
    if (BLOCK_TAGS.has(name) || VOID_TAGS.has(name)) {
      if (name === 'img') {
        // alt text of images is a caption: not body text
      }
      if (BLOCK_TAGS.has(name)) parts.push('\n');
      continue;
    }
    if (name === 'td' || name === 'th') parts.push(' ');
  }
  const text = parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  // the document <title> often carries the site name ("Headline | Site"): keep it for outlet detection
  if (docTitle && !('title' in meta)) meta.title = docTitle;
  return { text, title: h1 ?? meta['og:title'] ?? docTitle, meta };
}

/* -------------------------------------------------------------- Markdown ---------------------- */

/**
 * Strip Markdown to text: headings, emphasis, links (text kept), images (dropped: captions),
 * code fences (dropped), block quotes and list markers. The first top-level heading near the
 * start is returned as the title.
 */
export function markdownToText(md: string): { text: string; title: string | null } {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let fence = '';
  for (let raw of lines) {
    const t = raw.trim();
    if (fence) {
      if (t.startsWith(fence)) fence = '';
      continue;
    }
    if (t.startsWith('```') || t.startsWith('~~~')) {
      fence = t.slice(0, 3);
      continue;
    }
    if (/^\[[^\]]{1,100}\]:\s*\S/.test(t)) continue; // reference link definition
    if (/^([-*_])( ?\1){2,}$/.test(t)) {
      out.push('');
      continue;
    }
    if (/^(=+|-+)$/.test(t) && out.length && out[out.length - 1].trim()) continue; // setext underline
    raw = t.replace(/^(>\s?)+/, '');
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(raw);
    if (h) {
      const text = inlineMarkdown(h[2]);
      if (h[1].length === 1 && title === null && out.join('').trim().length < 400) {
        title = text;
        continue;
      }
      out.push(text);
      continue;
    }
    raw = raw.replace(/^([-*+]|\d{1,3}[.)])\s+/, '').replace(/^\|/, '').replace(/\|$/, '');
    out.push(inlineMarkdown(raw.replace(/\s*\|\s*/g, ' | ')));
  }
  return { text: out.join('\n'), title };
}

/** Inline Markdown → text. */
function inlineMarkdown(s: string): string {
  return decodeEntities(
    s
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images are captions/credits
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:[^>\s]*)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?![\w])/g, '$1$2')
      .replace(/~~([^~]*)~~/g, '$1')
      .replace(/\\([\\`*_{}\[\]()#+\-.!>])/g, '$1'),
  );
}

/* ------------------------------------------------------------ line shapes --------------------- */


/** Words in a line (whitespace-separated tokens). */
export function wordCount(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const sp = line[i] === ' ' || line[i] === '\t';
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Whether a line ends like a sentence (. ! ? … possibly followed by quotes or brackets). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(line.trimEnd());
}

/** Whether the line starts the page tail (comments / related content). */
export function isTailMarker(line: string): boolean {
  if (line.length > 400) return false;
  const n = normaliseLine(line);
  return n.length <= 160 && TAIL_MARKERS.some((re) => re.test(n));
}

/** Whether a line is a photo credit: a short line with "©", "Photo:", "Getty Images"... */
export function isCreditLine(line: string): boolean {
  if (line.length > 600) return false;
  const n = normaliseLine(line);
  if (!n || n.length > 300) return false;
  if (CREDIT_PREFIXES.some((p) => n.startsWith(p))) return true;
  return CREDIT_MARKERS.some((m) => n.includes(m)) && (n.length < 160 || !endsLikeSentence(line) || n.includes('©'));
}

// "... [Ayman Henna/AFP]", "... (Reuters/John Doe)", "... (INA)" at the end of a line.
const BRACKET_CREDIT = /[\[(][^\[\]()\n]{1,60}\/[^\[\]()\n]{1,60}[\])]$/;
const AGENCY_PAREN = /\((?:[A-Z][A-Z0-9&.-]{1,9}|Reuters|Getty Images|Getty|Xinhua|Anadolu|Shutterstock|Handout|File|Pool)\)$/;

/** Whether a line is a photo caption: ends in an agency credit, without sentence punctuation after it. */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 400) return false;
  return BRACKET_CREDIT.test(t) || AGENCY_PAREN.test(t);
}

const DASH_SUFFIX = /^(.{3,200}?)\s+[-–—|]\s+((?:The |the )?[\p{Lu}][\p{L}\p{N}&.'’-]*(?: [\p{Lu}][\p{L}\p{N}&.'’-]*){0,4})$/u;

/**
 * "Left - Right Name" lines without terminal punctuation: either a byline ("News Desk - The Cradle")
 * or a caption with the site name appended ("Flag of ... - Sputnik International"). Returns both
 * halves, or null when the line does not have this shape.
 */
export function splitDashSuffix(line: string): { left: string; right: string } | null {
  const t = line.trim();
  if (t.length > 220 || endsLikeSentence(t)) return null;
  const m = DASH_SUFFIX.exec(t);
  return m ? { left: m[1].trim(), right: m[2].trim() } : null;
}

/** Whether a phrase looks like a personal name or a desk: 1–4 capitalised words, or a byline word. */
export function looksLikeNameOrDesk(s: string): boolean {
  if (s.length > 120) return false;
  const n = normaliseLine(s);
  if (BYLINE_WORDS.includes(n)) return true;
  return /^(?:[\p{Lu}][\p{L}'’.-]*)(?: (?:[\p{Lu}][\p{L}'’.-]*|de|van|von|al-\S+|bin|da)){0,3}$/u.test(s.trim());
}

/**
 * Byline lines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "News Desk - The Cradle",
 * "Jane Doe | Outlet". Returns the author part and the outlet part (either may be null), or null.
 */
export function parseByline(line: string): { author: string | null; outlet: string | null } | null {
  const t = line.trim();
  if (!t || t.length > 120 || /[.!?]$/.test(t)) return null;
  const by = /^(?:By|BY|by|Written by|Words by|Reporting by)\s+(.{2,100})$/.exec(t);
  if (by) {
    const rest = by[1];
    // a hyphen between words is a separator; one inside a name is not ("By Marc-Andre Leblanc")
    const sep = /^(.*?)(?:\s*[,|–—]\s*|\s+-\s*|\s*-\s+|\s+for\s+)([\p{Lu}].*)$/u.exec(rest);
    if (sep && looksLikeNameOrDesk(sep[1].replace(/ and /g, ' ').replace(/\s+/g, ' '))) {
      // "By Jodie Farrant, President": the writer's title, not an outlet
      return { author: sep[1].trim(), outlet: isRoleOnly(sep[2].trim()) ? null : sep[2].trim() };
    }
    // "By Owen Tait, chair": the title in lower case; "By Aoife Lynch, on behalf of the committee": whom she writes for
    const titled = /^(.*?),\s*(\p{Ll}[\p{L} -]*)$/u.exec(rest);
    if (titled && (isRoleOnly(titled[2]!) || /^on behalf of\b/.test(titled[2]!)) && looksLikeNameOrDesk(titled[1]!)) return { author: titled[1]!.trim(), outlet: null };
    if (/^[\p{Lu}]/u.test(rest) && wordCount(rest) <= 8) return { author: rest.trim(), outlet: null };
    return null;
  }
  const d = splitDashSuffix(t);
  if (d && looksLikeNameOrDesk(d.left) && wordCount(d.left) <= 4) return { author: d.left, outlet: d.right };
  return null;
}

/** Whether the whole line is a date ("Wednesday, March 27, 2024", "Published: 27 March 2024 10:05 GMT"). */
export function isDateLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 90) return false;
  const dates = findDateMentions(t);
  const full = dates.find((d) => d.year !== null && d.month !== null);
  if (!full) return false;
  // what is left once the date, a time, a prefix word and separators are removed must be (almost) nothing
  const rest = (t.slice(0, full.start) + ' ' + t.slice(full.end))
    .replace(/\b(published|updated|posted|last updated|first published|date|created|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|cet|cest|bst|pst|pdt|msk|ast)\b/gi, ' ')
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/g, ' ')
    .replace(/[\s,|:•·/()\-–—+]+/g, '');
  return rest.length <= 3;
}

/* ------------------------------------------------------------ masthead lines ------------------- */

/** What one masthead line says: "By Jane Roe / Outlet, 3 March 2025", "Published … by … · Author: …", "Outlet — 14 July 2024". */
export interface MetaLine {
  author: string | null;
  /** Publisher the line names ("Harbor City Ledger"); never a wire agency. */
  outlet: string | null;
  /** Wire agency credited ("Reuters", "AP"): the outlet only when nothing else names one. */
  agency: string | null;
  /** ISO date the line gives ("2025-03-03", or "2025-03" when only a month), else null. */
  date: string | null;
  /** "Updated …" dates are weaker evidence of publication than "Published …" or unlabelled ones. */
  dateKind: 'published' | 'updated' | null;
  /** A dateline place ("WASHINGTON", "Baghdad"), else null. */
  place: string | null;
  /** True when the line named its outlet with a label, a byline or a date (strong), false for a weaker guess. */
  outletSure: boolean;
}

const AGENCY_SET = new Set(PHOTO_AGENCIES);
const OUTLET_WORD_SET = new Set(OUTLET_WORDS);
/** The nouns a byline title ends with ("Staff Writer", "Branch Secretary", "News Desk"). */
const ROLE_WORD_SET = new Set([...BYLINE_ROLE_WORDS, ...BYLINE_WORDS.flatMap((w) => w.split(' '))]);
/** Words that may stand before such a noun ("Regional Organiser"), never last. */
const ROLE_MODIFIER_SET = new Set(BYLINE_ROLE_MODIFIERS);
const PLACE_NAME_SET = new Set([...PLACES.flatMap((p) => p.aliases), ...Object.keys(GOVERNMENT_METONYMS)].map((s) => s.toLowerCase()));
const TIME_RE = new RegExp(
  `(?:\\b(?:at|from)\\s+)?(?<![\\d.,])\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?![\\d.,]\\d)(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*\\b(?:${TIME_ZONES.join('|')})\\b(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)?`,
  'gi',
);
const ISO_TIME_RE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}&.'’-]*";
const NAME_JOINER = "of|the|and|to|de|du|des|la|le|les|al|el|van|von|der|den|for|on|in|am|di|da|y|&";
/** A proper name of up to eight words: capitalised words with lower-case joiners inside, ending capitalised. */
const NAME_RE = new RegExp(`^(?:(?:The|the) )?${NAME_WORD}(?: (?:${NAME_WORD}|${NAME_JOINER})){0,7}$`, 'u');
/** A desk rather than a person after "By": "Media unit", "Press office", "News desk", "Communications team". */
const BY_DESK = /^[\p{Lu}][\p{L}'’-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}'’-]*){0,2}\s+(?:unit|office|team|desk)$/u;
const DATE_LABEL_RE = /\b(?:(?:first|last)\s+)?(published|updated|posted|modified|filed|created|dated|date)\b\s*:?/gi;
const MARK = '\u0001';

function isProperName(s: string): boolean {
  if (!NAME_RE.test(s)) return false;
  const words = s.split(' ');
  return /^[\p{Lu}\p{N}]/u.test(words[words.length - 1]!);
}

function lowerKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A wire or photo agency name ("Reuters", "AP", "The Associated Press"). */
export function isAgencyName(s: string): boolean {
  const k = lowerKey(s).replace(/^the /, '');
  return AGENCY_SET.has(k);
}

/**
 * The last word of an organisation that publishes (a residents' group, a union, a trade association; a union named by
 * its members, "United School Transit Workers Local 318": a held-out drivers' union of session 63 was "Unknown outlet").
 */
// (a numbered branch after it is still its name: "Service and Retail Workers Union Local 212", "Teachers' Union Branch 4")
const ORGANISATION_TAIL = /\s(?:Group|Association|Alliance|Society|Union|Coalition|Federation|Network|Trust|Foundation|Institute|Council|Campaign|Committee|Collective|Watch|Forum|Partnership|Panel|League|Authority|Agency|Team|Service|Board|Commission|Office|Department|Ministry|Company|Club|Centre|Center|Brigade|Consortium|Cooperative|Co-operative|District|Transit|Services|Workers|Employees|Teamsters)(?:\s+(?:Local|Lodge|Chapter|Branch|District|Region)\s+\d{1,5})?$/;
/**
 * ... or says it before whom it is of ("Union of Teaching and School Staff", "Royal College of Nursing", "Association of
 * Ferry Users", "State Division of Elevator and Ride Safety").
 */
// ("Office of the Rail Safety Regulator", "Friends of Kestrel Point Pier": a held-out regulator and campaign group of
// session 63 were "Unknown outlet", undated)
const ORGANISATION_OF = /\b(?:Union|Association|Alliance|Society|Federation|Confederation|Institute|Council|Coalition|League|Guild|College|Chamber|Board|Division|Department|Office|Ministry|Bureau|Agency|Authority|Commission|Inspectorate|Directorate|Friends)\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}]/u;

/**
 * ... or says whose campaign it is and for what ("Coldwater Valley Parents for Accountability", "Families for Safe
 * Streets", "Mothers Against Drunk Driving": a held-out parents' group of session 60 was "Unknown outlet", undated).
 */
const CAMPAIGN_NAME = /\b(?:Parents|Families|Citizens|Residents|Mothers|Fathers|Doctors|Nurses|Teachers|Students|Friends|Neighbou?rs|Workers|People|Patients|Passengers|Commuters|Taxpayers|Voters|Women|Veterans|Scientists|Lawyers|Tenants|Campaigners)\s+(?:for|against|Against)(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}$/u;

/** A name with a masthead word ("Plains Farm Weekly", "Evening Post"). */
export function hasOutletWord(s: string): boolean {
  return lowerKey(s)
    .split(/[\s-]+/)
    .some((w) => OUTLET_WORD_SET.has(w));
}

/** A place rather than a publisher: a known country or capital, or a dateline city in capitals ("WASHINGTON"). */
function isPlaceName(s: string): boolean {
  const k = lowerKey(s);
  if (PLACE_NAME_SET.has(k)) return true;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 5 && letters === letters.toUpperCase() && !hasOutletWord(s);
}

/** Only job titles ("Staff Writer", "Chief Correspondent"). */
function isRoleOnly(s: string): boolean {
  const words = lowerKey(s).split(' ');
  if (!ROLE_WORD_SET.has(words[words.length - 1]!)) return false;
  // "Westmoor branch secretary", "Scotland correspondent": a title ending in a role noun in lower case, whatever names
  // its branch or beat; an outlet's name ends capitalised
  if (/\s\p{Ll}[\p{L}-]*$/u.test(s.trim())) return true;
  return words.every((w) => ROLE_WORD_SET.has(w) || ROLE_MODIFIER_SET.has(w) || w === 'and' || w === 'of' || w === 'the');
}

/**
 * Reads a masthead line: bylines with an outlet and a date ("By Lena Okafor / Harbor City Ledger, 3 March 2025",
 * "By Jane Roe, Reuters"), outlet–date lines ("Plains Farm Weekly — 14 July 2024"), labelled lines
 * ("Published 2 September 2024 by Green Valley Courier · Author: Tomasz Nowak", "Updated 14:05 GMT, 3 March 2025").
 * Every part of the line must be understood (a name, a date, a time, a label), so sentences never qualify.
 * Null when the line is not one. Bounded work: lines over 200 characters are refused at once.
 */
export function parseMetaLine(line: string): MetaLine | null {
  let t = line.trim().replace(/^[*_]+\s*|\s*[*_]+$/g, '').trim();
  if (t.length < 4 || t.length > 200 || wordCount(t) > 24) return null;
  if (/["“”«»]/.test(t)) return null;
  if (/[!?]$/.test(t) || (/\.$/.test(t) && wordCount(t) > 10)) return null;
  if (/\p{Ll}{2}\.$/u.test(t)) t = t.slice(0, -1);
  // Dates become markers, so a comma inside "March 3, 2025" does not split the line.
  const dates: string[] = [];
  const mentions = findDateMentions(t).filter((m) => m.year !== null && m.month !== null);
  let marked = t;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    marked = `${marked.slice(0, m.start)} ${MARK} ${marked.slice(m.end)}`;
  }
  for (const m of mentions) dates.push(isoOf(m.year as number, m.month, m.day));
  marked = marked.replace(ISO_TIME_RE, ' ').replace(TIME_RE, ' ');
  const segments = marked
    .split(/\s+[/|·•]\s+|\s*[|·•]\s*|\s+[-–—]+\s+|\s*[,;]\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && !/^[-–—:,;.]+$/.test(s));
  if (segments.length === 0) return null;

  let author: string | null = null;
  const byNames: { name: string; published: boolean }[] = [];
  const labelledOutlets: string[] = [];
  const bare: string[] = [];
  /** A bare name as the line writes it with its qualifier ("… Union (Calder branch)"). */
  const qualified = new Map<string, string>();
  let agency: string | null = null;
  let place: string | null = null;
  let published: string | null = null;
  let unlabelled: string | null = null;
  let updated: string | null = null;
  let dateIdx = 0;
  // A label alone ("Updated", "Published:") applies to the date in the next part ("Updated 14:05 GMT, 3 March 2025").
  let carry: 'published' | 'updated' | null = null;
  for (const seg of segments) {
    let kind: 'published' | 'updated' | null = null;
    let s = seg.replace(DATE_LABEL_RE, (_, w: string) => {
      kind ??= /^(updated|modified)$/i.test(w) ? 'updated' : 'published';
      return ' ';
    });
    const ownKind: 'published' | 'updated' | null = kind;
    kind ??= carry;
    carry = null;
    const marks = s.split(MARK).length - 1;
    for (let k = 0; k < marks; k++) {
      const d = dates[dateIdx++] ?? null;
      if (!d) continue;
      if (kind === 'updated') updated ??= d;
      else if (kind === 'published') published ??= d;
      else unlabelled ??= d;
    }
    s = s
      .split(MARK)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(?:on|at)\b\s*|\s*\b(?:on|at)$/gi, '')
      .replace(/^[:.\-–—]+\s*|\s*[:.\-–—]+$/g, '')
      .trim();
    if (!s) {
      if (!marks && !ownKind) return null;
      if (!marks) carry = ownKind;
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^(?:written by|words by|reporting by|story by|text by|edited by|by)\s+(.+)$/i.exec(s))) {
      const forOutlet = /^(.+?)\s+for\s+((?:The |the )?[\p{Lu}].*)$/u.exec(m[1]!);
      if (forOutlet && isProperName(forOutlet[1]!) && isProperName(forOutlet[2]!)) {
        byNames.push({ name: forOutlet[1]!, published: false });
        labelledOutlets.push(forOutlet[2]!);
      } else if (isProperName(m[1]!)) byNames.push({ name: m[1]!, published: kind !== null });
      // "By Media unit", "By Press office": an organisation's desk writes it (named on the next line)
      else if (BY_DESK.test(m[1]!)) byNames.push({ name: m[1]!, published: false });
      else return null;
    } else if ((m = /^(?:authors?|byline|reporter|writer|correspondent)\s*:\s*(.+)$/i.exec(s))) {
      if (!isProperName(m[1]!)) return null;
      author ??= m[1]!;
    } else if ((m = /^(?:source|publisher|publication|outlet|via)\s*:?\s+(.+)$/i.exec(s))) {
      if (!isProperName(m[1]!)) return null;
      labelledOutlets.push(m[1]!);
    } else if ((m = /^\(([^()]{2,40})\)$/.exec(s))) {
      if (!isProperName(m[1]!)) return null;
      if (isAgencyName(m[1]!)) agency ??= m[1]!;
      else labelledOutlets.push(m[1]!);
    } else if (isProperName(s) && !(wordCount(s) === 1 && /^(?:by|the|and|of|on|at|in)$/i.test(s))) {
      bare.push(s);
    } else if ((m = /^(.+?) \(([\p{L}\p{M}' -]{2,40})\)$/u.exec(s)) && isProperName(m[1]!) && !isAgencyName(m[2]!) && /\p{Ll}/u.test(m[2]!)) {
      // "Lecturers and Academic Staff Union (Calder branch)": a name with its branch or edition; judged as the name
      // ("WASHINGTON (AP)" is a dateline, left to splitDateline)
      qualified.set(m[1]!, s);
      bare.push(m[1]!);
    } else if (byNames.length && isRoleOnly(s)) {
      // "By Heather Langille, chair": a title in lower case after the writer's name
      continue;
    } else return null;
  }

  // "by X": the author, unless the line already names one and X follows "Published" (then X is the publisher).
  let outlet: string | null = labelledOutlets.find((o) => !isAgencyName(o)) ?? null;
  agency ??= labelledOutlets.find((o) => isAgencyName(o)) ?? null;
  let outletSure = outlet !== null;
  for (const b of byNames) {
    if (isAgencyName(b.name)) agency ??= b.name;
    else if (b.published && (author !== null || hasOutletWord(b.name)) && outlet === null) {
      outlet = b.name;
      outletSure = true;
    } else if (author === null) author = b.name;
    else if (outlet === null) outlet = b.name;
  }
  const date = published ?? unlabelled ?? updated;
  // Bare names: after a byline or with a date they name the publisher (or a wire agency, or a dateline place).
  let extra = 0;
  for (const n of bare) {
    if (isRoleOnly(n)) continue;
    if (isAgencyName(n)) {
      agency ??= n;
      continue;
    }
    if (isPlaceName(n)) {
      place ??= n;
      continue;
    }
    if (outlet === null && (author !== null || date !== null)) {
      // "Storm Hits Coast — 14 July 2024" is a Title Case headline: a bare long name needs a masthead word.
      // Joiners do not count ("Diners' Right to Know" is three words of name).
      // An organisation's name ends in what it is ("Drennick Hill Residents' Action Group", "Valley Commuters' Alliance")
      // or opens with it ("Union of Teaching and School Staff").
      if (author === null && !hasOutletWord(n) && !ORGANISATION_TAIL.test(n) && !ORGANISATION_OF.test(n) && !CAMPAIGN_NAME.test(n) && n.split(' ').filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length > 3) return null;
      outlet = qualified.get(n) ?? n;
      outletSure = author !== null || hasOutletWord(n);
    } else if (++extra > 1 || (author === null && date === null)) return null;
  }
  if (author === null && outlet === null && agency === null && date === null) return null;
  if (author === null && date === null && byNames.length === 0 && labelledOutlets.length === 0) return null;
  return {
    author,
    outlet,
    agency,
    date,
    dateKind: published ? 'published' : unlabelled ? null : updated ? 'updated' : null,
    place,
    outletSure,
  };
}

/** A wire dateline opening a paragraph: "WASHINGTON (AP) — ", "(Reuters) - ", "KYIV, Ukraine — ". */
export interface Dateline {
  /** The dateline as written, separator included. */
  prefix: string;
  place: string | null;
  agency: string | null;
  /** A non-agency credit in the parentheses ("BAGHDAD (Shafaq News) -"). */
  outlet: string | null;
}

const DATELINE_PAREN = /^(?:([\p{Lu}][\p{L}\p{M} .'’-]{1,40}?)(?:,\s*([^()\n]{2,40}?))?\s*)?\(([\p{Lu}][\p{L}\p{N} .&'’-]{0,40})\)\s*[-–—]+(?:\s+|$)/u;
const DATELINE_CITY = /^([\p{Lu}]{3,}(?:[ .'’-]{1,2}[\p{Lu}]{2,}){0,3})(?:,\s*([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2}))?\s+[-–—]+\s+(?=["“\p{Lu}])/u;

/** The wire dateline a paragraph opens with, or null. */
export function splitDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  const p = DATELINE_PAREN.exec(head);
  if (p) {
    const credit = p[3]!.trim();
    const city = p[1]?.trim() ?? null;
    const agency = isAgencyName(credit);
    // "(IS) - ..." is an acronym in parentheses, not a credit: short credits must be known agencies.
    if (!agency && (credit.replace(/[^\p{L}]/gu, '').length <= 3 || !isProperName(credit))) return null;
    if (!agency && !city && !hasOutletWord(credit)) return null;
    if (city && city.replace(/[^\p{L}]/gu, '').length < 3) return null;
    // A city written in title case ("Mosul (AFP) -") only with a known agency: otherwise it may be any name.
    if (city && /\p{Ll}/u.test(city) && (!agency || !/^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2}$/u.test(city))) return null;
    return { prefix: p[0], place: city, agency: agency ? credit : null, outlet: agency ? null : credit };
  }
  const c = DATELINE_CITY.exec(head);
  if (c && c[1]!.replace(/[^\p{L}]/gu, '').length >= (c[2] ? 3 : 5) && !hasOutletWord(c[1]!)) {
    return { prefix: c[0], place: c[1]!, agency: null, outlet: null };
  }
  return null;
}

/** Whether a line is a section label ("Iraq News", "World", "Middle East"): short, ends in a section word. */
export function isSectionLabel(line: string): boolean {
  if (line.length > 80) return false;
  const n = normaliseLine(line);
  if (!n || n.length > 40 || endsLikeSentence(line) || wordCount(n) > 4) return false;
  return SECTION_WORDS.some((w) => n === w || n.endsWith(' ' + w) || n.startsWith(w + ' /') || n.startsWith(w + ' |'));
}

/** Whether a line is a headline candidate: title-shaped text near the top. */
export function isTitleShaped(line: string): boolean {
  const t = line.trim();
  const w = wordCount(t);
  if (w < 3 || w > 30 || t.length < 12 || t.length > 250) return false;
  if (/[.,;:]$/.test(t)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«]/u.test(t)) return false;
  return true;
}

function family(s: ScriptName): string {
  return s === 'Han' || s === 'Hiragana' || s === 'Katakana' ? 'CJK' : s;
}

/* ---------------------------------------------------------------- cleanText ------------------- */

type Kind = RemovalReason | 'content' | 'blank';

/** Lines that address the reader ("Share this article…", "Sign up for…"): never an article on their own. */
const CALL_TO_ACTION = /^(share|follow|subscribe|sign (?:up|in)|log ?in|register|read (?:more|next|also)|click|tap|download|watch|listen|advertisement|sponsored|related|comments?|join|support us|donate)\b/i;

/**
 * Clean raw article text. `format` 'html' strips tags first, 'md' strips Markdown; plain text by
 * default. See the module comment for what is removed. Linear in the input size.
 */
export function cleanText(raw: string, format: TextFormat = 'text'): CleanResult {
  let text = raw;
  let title: string | null = null;
  let meta: Record<string, string> = {};
  if (format === 'html') {
    const h = htmlToText(raw);
    text = h.text;
    title = h.title;
    meta = h.meta;
  } else if (format === 'md') {
    const m = markdownToText(raw);
    text = m.text;
    title = m.title;
  }
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  const lines = text.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim());
  const kinds: Kind[] = lines.map((l) => (l ? 'content' : 'blank'));

  // Dominant script of the document, so lines in another script can go.
  const docScript = family(dominantScript(countScripts(text)).script);

  let contentChars = 0;
  let masthead: MetaLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    if (isBoilerplateLine(l)) kinds[i] = 'boilerplate';
    else if (isCreditLine(l)) kinds[i] = 'credit';
    else if (isCaptionLine(l)) kinds[i] = 'caption';
    else if (isDateLine(l)) kinds[i] = 'date';
    else if (parseByline(l) && /^(by |written by )/i.test(l)) kinds[i] = 'byline';
    else if ((masthead = parseMetaLine(l))) kinds[i] = masthead.author || masthead.outlet || masthead.agency ? 'byline' : 'date';
    else {
      const s = dominantScript(countScripts(l));
      if (s.letters >= 3 && docScript !== 'Other' && family(s.script) !== docScript && s.share > 0.5) kinds[i] = 'other-script';
    }
    if (kinds[i] === 'content') contentChars += l.length;
  }

  // Tail: a comment box / related list in the second half of the page ends the article.
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    if (isTailMarker(lines[i]) && seen >= contentChars * 0.5) {
      for (let j = i; j < lines.length; j++) if (lines[j]) kinds[j] = 'tail';
      break;
    }
    if (kinds[i] === 'content') seen += lines[i].length;
  }

  // Top region: up to the first real paragraph. Title, kicker labels and bylines live here.
  const isParagraph = (l: string) => wordCount(l) >= 25 && endsLikeSentence(l);
  let firstPara = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'content' && isParagraph(lines[i])) {
      firstPara = i;
      break;
    }
  }
  let titleIdx = -1;
  if (title === null) {
    let considered = 0;
    for (let i = 0; i < firstPara && considered < 6; i++) {
      if (kinds[i] !== 'content') continue;
      considered++;
      const l = lines[i];
      if (isSectionLabel(l) || parseByline(l)) continue;
      if (isTitleShaped(l)) {
        titleIdx = i;
        title = l;
        break;
      }
    }
  } else {
    // A given title (HTML <h1>, Markdown #) also appears as a line: drop that duplicate.
    const nt = normaliseLine(title);
    for (let i = 0; i < Math.min(lines.length, firstPara + 1); i++) {
      if (kinds[i] === 'content' && normaliseLine(lines[i]) === nt) {
        titleIdx = i;
        break;
      }
    }
  }
  if (titleIdx >= 0) kinds[titleIdx] = 'title';
  const topEnd = Math.min(firstPara, lines.length);
  for (let i = 0; i < topEnd; i++) {
    if (kinds[i] !== 'content') continue;
    const l = lines[i];
    if (parseByline(l) && (titleIdx < 0 || i > titleIdx || wordCount(l) <= 6)) kinds[i] = 'byline';
    else if (isSectionLabel(l) || (titleIdx > i && wordCount(l) <= 4 && !endsLikeSentence(l))) kinds[i] = 'section';
  }
  // "Caption text - Site Name" lines anywhere: a caption with the outlet appended.
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'content') continue;
    const d = splitDashSuffix(lines[i]);
    if (d && wordCount(d.left) >= 2) kinds[i] = looksLikeNameOrDesk(d.left) ? 'byline' : 'caption';
  }

  // A wire dateline opening the lead ("WASHINGTON (AP) — ", "(Reuters) - ") is a credit, not article text.
  let datelineAt = -1;
  let dateline = '';
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'content' || wordCount(lines[i]) < 6) continue;
    const d = splitDateline(lines[i]);
    const rest = d ? lines[i].slice(d.prefix.length).trim() : '';
    if (d && rest) {
      datelineAt = i;
      dateline = d.prefix.trim();
      lines[i] = rest;
    }
    break;
  }

  const body: string[] = [];
  const removed: string[] = [];
  const removedReasons: RemovalReason[] = [];
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (k === 'blank') continue;
    if (i === datelineAt) {
      removed.push(dateline);
      removedReasons.push('dateline');
    }
    if (k === 'content') body.push(lines[i]);
    else {
      removed.push(lines[i]);
      removedReasons.push(k);
    }
  }
  // A one-sentence article (or one whose only line lacks a final full stop) had its only line taken as the
  // title and nothing left as text. When nothing else is content, a sentence-length title line IS the text:
  // page furniture (boilerplate, credits, captions, bylines, labels) stays removed, and short headings
  // ("Breaking news", a section name) do not qualify.
  if (!body.length && titleIdx >= 0 && kinds[titleIdx] === 'title' && wordCount(lines[titleIdx]) >= 6 && !CALL_TO_ACTION.test(lines[titleIdx])) {
    body.push(lines[titleIdx]);
  }
  return { body: body.join('\n\n'), title, removed, removedReasons, meta };
}
