/**
 * Splits a stored article body into paragraphs and claim-marked pieces for the reader, by offsets only:
 * the result is plain strings that the reader renders as text nodes and <mark> elements (never as HTML).
 */
import type { TextSpan } from '../utils/engine/types';

/** A run of text inside a paragraph; `claimId` is set when it belongs to a claim. */
export interface BodyPiece {
  text: string;
  claimId: string | null;
  /** True on the first piece of a claim (a claim may cross paragraphs); only that one is a tab stop. */
  first: boolean;
}

/** One paragraph of the body: its offset and its pieces. */
export interface BodyParagraph {
  start: number;
  pieces: BodyPiece[];
  /** Short line without closing punctuation: likely a subheading ("US military role needed"). */
  heading: boolean;
}

/** Claims sorted by start with overlaps clipped so spans never nest; empty or out-of-range spans dropped. */
export function disjointSpans<T extends TextSpan & { id: string }>(claims: T[], length: number): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  let last = 0;
  for (const c of [...claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(c.start, last, 0);
    const end = Math.min(c.end, length);
    if (end > start) {
      out.push({ id: c.id, start, end });
      last = end;
    }
  }
  return out;
}

/** Paragraphs (non-blank lines) of `body`, each cut into plain and claim pieces. */
export function segmentBody<T extends TextSpan & { id: string }>(body: string, claims: T[]): BodyParagraph[] {
  const spans = disjointSpans(claims, body.length);
  const started = new Set<string>();
  const paragraphs: BodyParagraph[] = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    const text = m[0];
    if (!text.trim()) continue;
    const pStart = m.index ?? 0;
    const pEnd = pStart + text.length;
    const pieces: BodyPiece[] = [];
    let pos = pStart;
    for (const s of spans) {
      if (s.end <= pStart || s.start >= pEnd) continue;
      const a = Math.max(s.start, pStart);
      const b = Math.min(s.end, pEnd);
      if (a > pos) pieces.push({ text: body.slice(pos, a), claimId: null, first: false });
      pieces.push({ text: body.slice(a, b), claimId: s.id, first: !started.has(s.id) });
      started.add(s.id);
      pos = b;
    }
    if (pos < pEnd) pieces.push({ text: body.slice(pos, pEnd), claimId: null, first: false });
    const trimmed = text.trim();
    const heading = trimmed.length <= 80 && !/[.!?:;,"”’)\]]$/.test(trimmed) && pieces.every((p) => !p.claimId);
    paragraphs.push({ start: pStart, pieces, heading });
  }
  return paragraphs;
}
