/**
 * One id function per id space of the corpus. Ids are stored and compared across imports, packs and the seed
 * build, so each space must be derived one way only:
 * - articles: {@link articleIdOf} (a hash of the body, so the same text imported twice is one article);
 * - outlets: {@link outletIdOf} (a slug of the name: the analyser, the library and outlets files all use it);
 * - topics: {@link topicIdOf} (a slug of the label that keeps every script's letters).
 * Feed sources and feed items have their own ids (utils/sources/types.ts `fnv1a`, `sourceIdOf`): another space.
 */

/**
 * Article id: a fast deterministic 64-bit non-cryptographic hash (two interleaved 32-bit multiply-xorshift lanes,
 * cyrb53-style) of the body after Unicode NFC and whitespace normalisation, as 16 hex digits. Same text with
 * different line wrapping or spacing gives the same id.
 */
export function articleIdOf(body: string): string {
  const s = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The article a claim id names (`<article id>:<n>`, utils/engine/claims.ts); '' when it has no such form. */
export function articleOfClaimId(id: string): string {
  return id.slice(0, Math.max(0, id.lastIndexOf(':')));
}

/**
 * Outlet id: "Sputnik International" → "sputnik-international", "Le Monde" → "le-monde", "AT&T" → "at-and-t",
 * accents folded, an outlets file's "(attributed)" marker ignored. Names with no Latin letters or digits get
 * "outlet-" + a hash of the name; an empty name is "unknown".
 */
export function outletIdOf(name: string): string {
  const s = name
    .replace(/\(attributed\)/gi, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || (name.trim() ? 'outlet-' + articleIdOf(name).slice(0, 8) : 'unknown');
}

/**
 * Topic id: the lower-case URL-safe slug of a label ("Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani",
 * "U.S. troops" → "us-troops"); letters of every script are kept, accents folded. Deterministic, so a re-mine gives
 * a topic the id it had. Empty for a label with no letters or digits (callers fall back to "topic").
 */
export function topicIdOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
