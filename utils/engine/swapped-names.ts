/**
 * Two sentences told alike about different people: "Willie Nelson Death Hoax Dismissed Since Guitarist Is ‘Alive And
 * Well’" and "Axl Rose Death Hoax Dismissed Since Singer Is ‘Alive And Well’" share nearly every word, so a similarity
 * or a stance model reads them as agreeing — but they are two stories from one template. Each side naming someone the
 * other never names is the tell. A speaker is not the subject: "Obama said ISIS is growing" and "Kerry said ISIS is
 * growing" agree, so names next to a reporting verb are left out.
 */
import { tokenize, type Token } from './text';
import { MONTHS, WEEKDAYS } from './lexicon/dates';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { TITLE_WORD_SET } from './lexicon/titles';

/** Tokens of a sentence that a dates or titles list explains: capitalised, yet no one's name. */
const notAName = (norm: string): boolean => norm in MONTHS || norm in WEEKDAYS || TITLE_WORD_SET.has(norm);

/** Capitalised words of `tokens` (not opening a sentence, not a date or title, not beside a reporting verb) that `other` lacks. */
function namesOnlyHere(text: string, tokens: readonly Token[], other: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.raw) || other.has(t.norm) || notAName(t.norm)) continue;
    if (i === 0 || /[.!?:"“”‘’]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    let speaker = false;
    for (let k = Math.max(0, i - 3); k <= Math.min(tokens.length - 1, i + 3) && !speaker; k++) speaker = REPORTING_VERB_SET.has(tokens[k]!.norm);
    if (!speaker) out.push(t.norm);
  }
  return out;
}

/** Whether each of two texts names someone or something by name that the other does not (outside its speakers). */
export function swappedNames(a: string, b: string): boolean {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const na = new Set(ta.map((t) => t.norm));
  const nb = new Set(tb.map((t) => t.norm));
  return namesOnlyHere(a, ta, nb).length > 0 && namesOnlyHere(b, tb, na).length > 0;
}
